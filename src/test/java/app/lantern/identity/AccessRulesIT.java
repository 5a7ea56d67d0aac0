package app.lantern.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.lantern.LanternIntegrationTest;
import app.lantern.shared.Role;
import app.lantern.shared.Rule;
import app.lantern.support.Fixtures;

@LanternIntegrationTest
class AccessRulesIT {

    private static final Set<RequestMethod> CHANGES_DATA = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    /** Rules that let anyone signed in (or anyone at all) through: never enough to change data. */
    private static final Set<String> TOO_BROAD = Set.of(Rule.Allowed.SIGNED_IN, Rule.Allowed.EVERYONE);

    private static final Pattern ALLOWS = Pattern.compile("@access\\.allows\\(([^)]*)\\)");
    private static final Pattern RULE_NAME = Pattern.compile("\\s*'([A-Z_]+)'\\s*");
    private static final Pattern BY_ROLE = Pattern.compile("hasRole\\(('[A-Z_]+')\\)|hasAnyRole\\(('[A-Z_]+'(?:\\s*,\\s*'[A-Z_]+')*)\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService people;

    @Test
    void every_lantern_handler_declares_who_may_use_it() {
        var missing = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> !SecurityConfiguration.hasAccessRule(e.getValue()))
                .map(e -> e.getKey() + " -> " + e.getValue().getShortLogMessage())
                .toList();
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(missing).as("handlers without @PreAuthorize").isEmpty();
    }

    /**
     * Issue 10, point 2: a handler that changes data names the rule that says who may ever do it
     * (the service then checks the record); "anyone signed in" is for reading pages only.
     */
    @Test
    void no_handler_that_changes_data_lets_just_anyone_signed_in_through() {
        var offenders = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("app.lantern") || !changesData(mapping)) return;
            var rule = accessRule(handler);
            if (rule == null || TOO_BROAD.contains(rule.replace(" ", ""))) {
                offenders.add(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + " "
                        + mapping.getMethodsCondition() + " " + mapping.getPatternValues() + " -> "
                        + (rule == null ? "no @PreAuthorize" : rule));
            }
        });
        offenders.forEach(offender -> System.out.println("Data-changing handler open to anyone signed in: " + offender));
        assertThat(offenders).as("data-changing handlers with a bare isAuthenticated() or no @PreAuthorize").isEmpty();
    }

    /** A misspelt rule name would fail only when someone uses the page: every one must name a Rule. */
    @Test
    void every_named_rule_in_an_access_expression_exists() {
        var expressions = new TreeSet<String>();
        for (var field : Rule.Allowed.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                expressions.add(constant(field));
            }
        }
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getPackageName().startsWith("app.lantern")) continue;
            type = ClassUtils.getUserClass(type);
            addRule(expressions, type);
            for (var method : type.getDeclaredMethods()) addRule(expressions, method);
        }
        var unknown = new TreeSet<String>();
        int named = 0;
        for (String expression : expressions) {
            var allows = ALLOWS.matcher(expression);
            while (allows.find()) {
                named++;
                var argument = RULE_NAME.matcher(allows.group(1));
                if (!argument.matches() || !isRule(argument.group(1))) unknown.add(expression);
            }
        }
        assertThat(named).as("@access.allows(...) expressions read").isPositive();
        assertThat(unknown).as("access expressions naming no shared.Rule constant").isEmpty();
    }

    /**
     * The rule on a handler is enforced, not just declared: someone who holds only a role the rule
     * leaves out (a person of the test's own, in an organisation of its own) is refused with 403 by
     * every data-changing handler whose rule is by role alone. The record ids do not exist, so
     * a handler that let them through could change nothing.
     */
    @Test
    void a_person_outside_a_handlers_rule_is_refused_a_change() throws Exception {
        var fixtures = new Fixtures(jdbc);
        long organisation = fixtures.anOrganisation().insert();
        var outsiders = new EnumMap<Role, UserDetails>(Role.class);
        var notRefused = new TreeSet<String>();
        int tried = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var mapping = entry.getKey();
            var handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("app.lantern") || !changesData(mapping)) continue;
            var allowed = rolesAllowedBy(accessRule(handler));
            if (allowed == null) continue;
            var outsideRole = Arrays.stream(Role.values()).filter(role -> !allowed.contains(role)).findFirst();
            if (outsideRole.isEmpty()) continue;
            var outsider = outsiders.computeIfAbsent(outsideRole.get(), role -> people.loadUserByUsername(
                    fixtures.aPerson().holding(role).worksFor(organisation).insert()));
            var method = mapping.getMethodsCondition().getMethods().stream().filter(CHANGES_DATA::contains).findFirst()
                    .orElse(RequestMethod.POST);
            for (String pattern : mapping.getPatternValues()) {
                String path = VARIABLE.matcher(pattern).replaceAll("999999999");
                var request = request(HttpMethod.valueOf(method.name()), path).with(csrf()).with(user(outsider));
                requiredParameters(handler).forEach(request::param);
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                tried++;
                if (status != 403) notRefused.add(method + " " + path + " as " + outsideRole.get() + " -> " + status);
            }
        }
        assertThat(tried).as("data-changing handlers with a rule by role").isPositive();
        assertThat(notRefused).as("data-changing handlers that did not refuse a person outside their rule").isEmpty();
    }

    /**
     * A value for each required request parameter, so that the request reaches the access check
     * (Spring reads the parameters before it calls the handler, and answers 400 without them).
     */
    private static Map<String, String> requiredParameters(HandlerMethod handler) {
        var values = new LinkedHashMap<String, String>();
        for (var parameter : handler.getMethodParameters()) {
            var annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null || !annotation.required() || !ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue())) continue;
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
            Class<?> type = parameter.getParameterType();
            values.put(name, type == boolean.class || type == Boolean.class ? "true"
                    : type.isPrimitive() || Number.class.isAssignableFrom(type) ? "1" : "x");
        }
        return values;
    }

    /** The roles an expression lets through, when it is a named rule or a role check alone; null otherwise. */
    private static Set<Role> rolesAllowedBy(String expression) {
        if (expression == null) return null;
        var named = ALLOWS.matcher(expression.trim());
        if (named.matches()) {
            var argument = RULE_NAME.matcher(named.group(1));
            return argument.matches() && isRule(argument.group(1)) ? Rule.valueOf(argument.group(1)).roles() : null;
        }
        var byRole = BY_ROLE.matcher(expression.trim());
        if (!byRole.matches()) return null;
        var roles = EnumSet.noneOf(Role.class);
        for (String quoted : (byRole.group(1) != null ? byRole.group(1) : byRole.group(2)).split(",")) {
            roles.add(Role.valueOf(quoted.trim().replace("'", "")));
        }
        return roles;
    }

    private static boolean changesData(RequestMappingInfo mapping) {
        var methods = mapping.getMethodsCondition().getMethods();
        // A mapping without a method answers every method, POST included.
        return methods.isEmpty() || methods.stream().anyMatch(CHANGES_DATA::contains);
    }

    /** The @PreAuthorize Spring Security applies: the method's own, else its class's. */
    private static String accessRule(HandlerMethod handler) {
        var onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (onMethod != null) return onMethod.value();
        var onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return onClass == null ? null : onClass.value();
    }

    private static void addRule(Set<String> expressions, java.lang.reflect.AnnotatedElement element) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
        if (rule != null) expressions.add(rule.value());
    }

    private static String constant(java.lang.reflect.Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isRule(String name) {
        for (Rule rule : Rule.values()) if (rule.name().equals(name)) return true;
        return false;
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
