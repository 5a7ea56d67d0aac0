package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.lantern.LanternIntegrationTest;

/**
 * No input may produce a 500: every Lantern route is called by each demo role with hostile path
 * variables and parameters, and must answer with a page or a clear 4xx. A role sees other code
 * paths than the administrator (a chair's own committees, an agency lead's own organisation, a
 * review's panel), so each one is swept.
 */
@LanternIntegrationTest
class NoServerErrorsIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%F0%9F%98%80");
    private static final String LONG = "x".repeat(5_000);
    private static final List<String> BAD_VALUES = List.of("", LONG, "<script>alert(1)</script>", "O'Brien", "Łódź ŵ 张",
            "2026-02-31", "-5", "99999999999", "=cmd|' /C calc'!A0");

    /*
     * The administrator is swept with every hostile value: 50 to 100 s on two busy cores, so nine
     * full sweeps would take ten minutes or more. The other roles get the subset that reaches
     * their own checks: an id that does not parse and one that overflows, and values that are
     * empty, too long for any column, an impossible date or an overflowing number. The eight of
     * them together then take about as long as the administrator alone.
     */
    private static final String ADMINISTRATOR = "admin@eastmere.example";
    private static final List<String> FEWER_BAD_IDS = List.of("abc", "99999999999999999999");
    private static final List<String> FEWER_BAD_VALUES = List.of("", LONG, "2026-02-31", "99999999999");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired UserDetailsService people;

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = { ADMINISTRATOR, "business.unit@eastmere.example", "partner.lead@eastmere.example",
            "chair@eastmere.example", "agency.lead@eastmere.example", "member@eastmere.example",
            "scrutineer@eastmere.example", "trainer@eastmere.example", "lado@eastmere.example" })
    void no_route_answers_500_to_hostile_input(String email) throws Exception {
        var person = user(people.loadUserByUsername(email));
        var badIds = email.equals(ADMINISTRATOR) ? BAD_IDS : FEWER_BAD_IDS;
        var badValues = email.equals(ADMINISTRATOR) ? BAD_VALUES : FEWER_BAD_VALUES;
        var failures = new ArrayList<String>();
        int requests = 0;
        var parameterNames = List.of("q", "type", "sector", "status", "page", "year", "committee", "from", "to", "person",
                "recordType", "recordId", "action", "active", "version", "name");
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("app.lantern")) continue;
            var methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String id : badIds) {
                    String path = VARIABLE.matcher(pattern).replaceAll(id);
                    for (String value : badValues) {
                        var request = (methods.contains(RequestMethod.POST) ? post(path).with(csrf()) : get(path)).with(person);
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
