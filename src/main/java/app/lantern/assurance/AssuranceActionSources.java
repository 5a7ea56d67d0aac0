package app.lantern.assurance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.lantern.actions.ActionSource;
import app.lantern.actions.SourceKind;

/**
 * The kinds of assurance work that raise actions. Until this module holds the audits, inspections
 * and scrutiny reviews themselves, their actions are raised by hand and link to no page.
 */
@Configuration(proxyBeanMethods = false)
public class AssuranceActionSources {

    public static final SourceKind SECTION_11 = new SourceKind("SECTION_11", "Section 11 return");
    public static final SourceKind MULTI_AGENCY_AUDIT = new SourceKind("MULTI_AGENCY_AUDIT", "Multi-agency audit");
    public static final SourceKind INSPECTION = new SourceKind("INSPECTION", "Inspection");
    public static final SourceKind SCRUTINY = new SourceKind("SCRUTINY", "Scrutiny review");

    @Bean
    ActionSource section11Source() {
        return ActionSource.byHand(SECTION_11);
    }

    @Bean
    ActionSource multiAgencyAuditSource() {
        return ActionSource.byHand(MULTI_AGENCY_AUDIT);
    }

    @Bean
    ActionSource inspectionSource() {
        return ActionSource.byHand(INSPECTION);
    }

    @Bean
    ActionSource scrutinySource() {
        return ActionSource.byHand(SCRUTINY);
    }
}
