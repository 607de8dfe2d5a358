package fr.sessiontp.security;

import fr.sessiontp.common.Messages;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What SessionTP answers to a request it refuses before any page or API method runs: parameters with control
 * characters ({@link ControlCharacterFilter}), and addresses Spring Security's firewall rejects (an encoded "..", a
 * ";", a NUL…). Both get a French answer: a problem (application/problem+json) under /api, the error page elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class InputFirewallConfiguration {

    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
        FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(new ControlCharacterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The error page's attributes, with the French explanation of a refused input when there is one. */
    @Bean
    DefaultErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object detail = request.getAttribute(ControlCharacterFilter.DETAIL, RequestAttributes.SCOPE_REQUEST);
                if (detail != null) {
                    attributes.put("detail", detail);
                }
                return attributes;
            }
        };
    }

    /** Tomcat's error reports (requests it refuses itself) in French. */
    @Bean
    TomcatContextCustomizer frenchTomcatErrorReports() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(FrenchErrorReportValve.class.getName());
            }
        };
    }

    @Bean
    RequestRejectedHandler frenchRequestRejectedHandler() {
        return (request, response, rejected) -> ControlCharacterFilter.refuse(request, response,
                Messages.get("security.input.rejectedAddress"));
    }
}
