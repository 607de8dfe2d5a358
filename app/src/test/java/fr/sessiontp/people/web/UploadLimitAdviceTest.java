package fr.sessiontp.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.people.application.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class UploadLimitAdviceTest {

    @Test
    void aFileOverTheServerLimitGivesTheImportPageBackWithAFrenchMessage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView page = new UploadLimitAdvice().tooLarge(
                new MockHttpServletRequest("POST", "/people/jury/import"), response);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(page.getViewName()).isEqualTo("people/import");
        assertThat(page.getModel().get("kind")).isEqualTo("jury");
        assertThat(((ImportReport) page.getModel().get("report")).errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Le fichier dépasse la taille maximale de 5 Mo."));
    }

    @Test
    void elsewhereItGivesTheErrorPageWithTheSameFrenchMessage() throws Exception {
        ModelAndView page = new UploadLimitAdvice().tooLarge(
                new MockHttpServletRequest("POST", "/sessions/1/documents"), new MockHttpServletResponse());
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getModel().get("status")).isEqualTo(413);
        assertThat(page.getModel().get("detail")).isEqualTo("Le fichier dépasse la taille maximale de 5 Mo.");
    }

    @Test
    void onTheApiItIsAFrenchProblem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new UploadLimitAdvice().tooLarge(new MockHttpServletRequest("POST", "/api/sessions/1/candidates"), response);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("Le fichier dépasse la taille maximale de 5 Mo.");
    }
}
