package app.lantern.plan;

import org.springframework.stereotype.Component;

import app.lantern.actions.ActionSource;
import app.lantern.actions.SourceKind;

/** Business plan objectives raise actions; everyone signed in may read the plan, so every action links back. */
@Component
public class PlanActionSource implements ActionSource {

    public static final SourceKind BUSINESS_PLAN = new SourceKind("BUSINESS_PLAN", "Business plan");

    @Override
    public SourceKind kind() {
        return BUSINESS_PLAN;
    }

    @Override
    public boolean mayOpen(String sourceId) {
        return PlanRules.objectiveId(sourceId).isPresent();
    }
}
