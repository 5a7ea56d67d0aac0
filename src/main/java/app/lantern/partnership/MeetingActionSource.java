package app.lantern.partnership;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.lantern.actions.ActionSource;
import app.lantern.actions.SourceKind;

/** Decisions taken at meetings raise actions; the business unit records them in the tracker by hand. */
@Configuration(proxyBeanMethods = false)
public class MeetingActionSource {

    public static final SourceKind MEETING_DECISION = new SourceKind("MEETING_DECISION", "Meeting decision");

    @Bean
    ActionSource meetingDecisionSource() {
        return ActionSource.byHand(MEETING_DECISION);
    }
}
