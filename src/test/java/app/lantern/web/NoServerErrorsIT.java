package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.lantern.LanternIntegrationTest;

/**
 * No input may produce a 500: every Lantern route is called by an administrator with hostile
 * path variables and parameters, and must answer with a page or a clear 4xx.
 */
@LanternIntegrationTest
class NoServerErrorsIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%F0%9F%98%80");
    private static final String LONG = "x".repeat(5_000);
    private static final List<String> BAD_VALUES = List.of("", LONG, "<script>alert(1)</script>", "O'Brien", "Łódź ŵ 张",
            "2026-02-31", "-5", "99999999999", "=cmd|' /C calc'!A0");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    @WithUserDetails("admin@eastmere.example")
    void no_route_answers_500_to_hostile_input() throws Exception {
        var failures = new ArrayList<String>();
        int requests = 0;
        var parameterNames = List.of("q", "type", "sector", "status", "page", "year", "committee", "from", "to", "person",
                "recordType", "recordId", "action", "active", "version", "name");
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("app.lantern")) continue;
            var methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String id : BAD_IDS) {
                    String path = VARIABLE.matcher(pattern).replaceAll(id);
                    for (String value : BAD_VALUES) {
                        var request = methods.contains(RequestMethod.POST) ? post(path).with(csrf()) : get(path);
                        for (String name : parameterNames) request.param(name, value);
                        requests++;
                        try {
                            int status = mvc.perform(request).andReturn().getResponse().getStatus();
                            if (status >= 500) failures.add(methods + " " + path + " with '" + abbreviate(value) + "' -> " + status);
                        } catch (Exception e) {
                            failures.add(methods + " " + path + " with '" + abbreviate(value) + "' -> " + e.getMessage());
                        }
                    }
                    if (!pattern.contains("{")) break;
                }
            }
        }
        assertThat(requests).as("requests made").isGreaterThan(100);
        assertThat(failures).as("routes answering 5xx").isEmpty();
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
