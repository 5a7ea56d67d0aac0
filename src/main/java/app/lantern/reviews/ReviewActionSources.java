package app.lantern.reviews;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.lantern.actions.ActionSource;
import app.lantern.actions.SourceKind;
import app.lantern.identity.Access;
import app.lantern.shared.Rule;

/**
 * Rapid reviews and case reviews raise actions. Their pages are restricted, so the tracker links
 * an action back to its review only for people who may open that review; an agency lead who owns
 * the action sees its source named, not linked.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewActionSources {

    public static final SourceKind RAPID_REVIEW = new SourceKind("RAPID_REVIEW", "Rapid review");
    public static final SourceKind CASE_REVIEW = new SourceKind("CASE_REVIEW", "Case review");

    @Bean
    ActionSource rapidReviewSource(Access access) {
        return new ActionSource() {
            @Override
            public SourceKind kind() {
                return RAPID_REVIEW;
            }

            @Override
            public boolean mayOpen(String sourceId) {
                return access.allows(Rule.SEES_REVIEWS);
            }
        };
    }

    @Bean
    ActionSource caseReviewSource(Access access, CaseReviewAccess reviews) {
        return new ActionSource() {
            @Override
            public SourceKind kind() {
                return CASE_REVIEW;
            }

            @Override
            public boolean mayOpen(String sourceId) {
                if (access.allows(Rule.SEES_REVIEWS)) return true;
                var id = CaseReviewService.reviewId(sourceId);
                return id != null && reviews.onPanel(id);
            }
        };
    }
}
