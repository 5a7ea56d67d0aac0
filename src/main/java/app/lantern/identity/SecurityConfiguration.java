package app.lantern.identity;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach what. Three layers, each denying by default:
 * <ol>
 * <li>URL rules: only the sign-in page, static assets, health, error pages, the published briefings
 * library and the working-days API are public;</li>
 * <li>every Lantern handler method must carry {@link PreAuthorize} (checked at run time by
 * {@link AccessRuleInterceptor} and in a test that walks every handler mapping);</li>
 * <li>services check record-level rules (own organisation, named people).</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInService signIn, ActivityLog activityLog) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/assets/**", "/govuk/**", "/css/**", "/js/**", "/favicon.ico",
                                "/sign-in", "/login", "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // published for the public and for agencies' own systems: no personal data
                        .requestMatchers("/briefings", "/briefings/**", "/reports", "/reports/**", "/api/working-days").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler(signIn)))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof SignedInUser u) {
                                activityLog.recordSignIn(ActivityAction.SIGNED_OUT, u.id(), u.email(), "Signed out");
                            }
                        }))
                .exceptionHandling(ex -> ex.accessDeniedHandler(accessDeniedHandler(activityLog)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** Keeps the password hash out of the session once the password has been checked. */
    @Bean
    org.springframework.security.authentication.dao.DaoAuthenticationProvider authenticationProvider(SignInService signIn,
            PasswordEncoder encoder) {
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(signIn) {
            @Override
            protected org.springframework.security.core.Authentication createSuccessAuthentication(Object principal,
                    org.springframework.security.core.Authentication authentication,
                    org.springframework.security.core.userdetails.UserDetails user) {
                var safe = ((SignedInUser) user).withoutPassword();
                return super.createSuccessAuthentication(safe, authentication, safe);
            }
        };
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    /** Argon2id for new hashes; bcrypt hashes still verify, so an imported account keeps working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    private static AuthenticationFailureHandler failureHandler(SignInService signIn) {
        return (request, response, exception) -> {
            String email = request.getParameter("email");
            boolean locked = signIn.isLocked(email);
            request.getSession().setAttribute("SIGN_IN_EMAIL", email == null ? "" : email.strip());
            response.sendRedirect(request.getContextPath() + (locked ? "/sign-in?locked" : "/sign-in?error"));
        };
    }

    private static AccessDeniedHandler accessDeniedHandler(ActivityLog activityLog) {
        var delegate = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof org.springframework.security.web.csrf.CsrfException && request.getUserPrincipal() == null) {
                // Most often a form left open until the session expired: ask the person to sign in again.
                response.sendRedirect(request.getContextPath() + "/sign-in?expired");
                return;
            }
            // A refusal decided through Access is in the log already, with what was refused.
            if (request.getUserPrincipal() != null && !(denied instanceof RefusalLogged)) {
                activityLog.recordDenied(request.getMethod() + " " + request.getRequestURI());
            }
            delegate.handle(request, response, denied);
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessRuleInterceptor());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentPersonResolver());
    }

    /** Refuses any Lantern handler that does not declare who may use it. */
    static final class AccessRuleInterceptor implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method && !hasAccessRule(method)) {
                throw new AccessDeniedException("No access rule on " + method.getShortLogMessage());
            }
            return true;
        }
    }

    /** A handler in Lantern's own packages must declare @PreAuthorize on itself or its class. */
    static boolean hasAccessRule(HandlerMethod method) {
        if (!method.getBeanType().getPackageName().startsWith("app.lantern")) return true;
        return method.hasMethodAnnotation(PreAuthorize.class)
                || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
    }

    static final class CurrentPersonResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == CurrentPerson.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                WebDataBinderFactory binders) {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof SignedInUser user) return user.asPerson();
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
    }
}
