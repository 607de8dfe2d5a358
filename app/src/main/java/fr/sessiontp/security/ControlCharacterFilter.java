package fr.sessiontp.security;

import fr.sessiontp.common.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request whose parameters carry a control character that no text of
 * SessionTP may hold (NUL, BEL, ESC…: every C0 control but tab, line feed and carriage return, which a multi-line
 * field may contain, and DEL). Such a value would fail in the database or in a document later; here the user learns
 * which field to correct, in French. Single-line fields refuse line breaks too, in their own validation.
 */
public class ControlCharacterFilter extends OncePerRequestFilter {

    /** The request attribute that carries the French explanation to the error page. */
    public static final String DETAIL = "sessiontp.error.detail";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refusal = refusal(request.getParameterMap());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, refusal.get());
    }

    /** Answers 400 with the French explanation: a problem for the API, the error page for the pages. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiProblems.write(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    Messages.get("api.error.badRequest.title"), detail);
        } else {
            request.setAttribute(DETAIL, detail);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    static Optional<String> refusal(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (forbidden(parameter.getKey())) {
                return Optional.of(Messages.get("security.input.controlCharacterInName"));
            }
            for (String value : parameter.getValue()) {
                if (forbidden(value)) {
                    return Optional.of(Messages.get("security.input.controlCharacter", parameter.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    static boolean forbidden(String text) {
        return text != null && text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
    }
}
