package app.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.lantern.LanternIntegrationTest;

@LanternIntegrationTest
class AccessRulesIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Test
    void every_lantern_handler_declares_who_may_use_it() {
        var missing = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> !SecurityConfiguration.hasAccessRule(e.getValue()))
                .map(e -> e.getKey() + " -> " + e.getValue().getShortLogMessage())
                .toList();
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(missing).as("handlers without @PreAuthorize").isEmpty();
    }

    @Test
    void health_answers_up_without_signing_in() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string("{\"status\":\"UP\"}"));
    }

    @Test
    void pages_need_a_signed_in_person() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void every_page_sends_a_content_security_policy_without_inline_scripts() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
