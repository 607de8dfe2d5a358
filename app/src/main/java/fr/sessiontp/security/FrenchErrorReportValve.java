package fr.sessiontp.security;

import fr.sessiontp.common.Messages;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's own answer to what it refuses before SessionTP sees the request (an address with an encoded NUL or an
 * invalid escape…): in French, a problem+json under /api, a short page elsewhere, and never Tomcat's English page
 * with its version.
 */
public class FrenchErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = Messages.get(status >= 500 ? "error.title" : "api.error.badRequest.title");
        String detail = Messages.get(status >= 500 ? "error.generic" : "security.input.rejectedAddress");
        String uri = request.getDecodedRequestURI();
        boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String body;
            if (api) {
                response.setContentType(ApiProblems.MEDIA_TYPE + ";charset=UTF-8");
                body = "{\"type\":\"about:blank\",\"title\":" + ApiProblems.json(title) + ",\"status\":" + status
                        + ",\"detail\":" + ApiProblems.json(detail) + ",\"instance\":" + ApiProblems.json(uri) + "}";
            } else {
                response.setContentType("text/html;charset=UTF-8");
                body = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(title)
                        + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                        + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(Messages.get("error.back"))
                        + "</a></p></main></body></html>";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response was taken: nothing more to tell
        }
    }
}
