package fr.sessiontp.people.web;

import fr.sessiontp.common.Messages;
import fr.sessiontp.people.application.ImportLayout;
import fr.sessiontp.people.application.ImportReport;
import fr.sessiontp.people.application.SpreadsheetReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import fr.sessiontp.security.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the server's upload limit is refused before any controller runs: on the import pages the user gets the
 * import page back with a French message instead of an error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        long megabytes = SpreadsheetReader.MAX_BYTES / (1024 * 1024);
        String message = Messages.get("people.import.file.tooLarge", megabytes);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiProblems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    Messages.get("people.import.file.tooLargeTitle"), message);
            return new ModelAndView();
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/people/")) {
            ModelAndView error = new ModelAndView("error");
            error.addObject("status", 413);
            error.addObject("detail", message);
            return error;
        }
        String kind = request.getRequestURI().contains("/people/jury/") ? "jury" : "candidates";
        ModelAndView page = new ModelAndView("people/import");
        page.addObject("kind", kind);
        page.addObject("layout", kind.equals("jury") ? ImportLayout.JURY : ImportLayout.CANDIDATES);
        page.addObject("report", ImportReport.refused(message));
        page.addObject("maxMegabytes", megabytes);
        page.addObject("maxRows", SpreadsheetReader.MAX_ROWS);
        return page;
    }
}
