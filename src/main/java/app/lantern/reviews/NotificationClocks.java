package app.lantern.reviews;

import app.lantern.shared.StatutoryClock;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.identity.CurrentPerson;

/** The panel notification clocks: notifiable incidents not yet notified, for those who may see them. */
@Component
class NotificationClocks implements ClockSource {

    private final IncidentService incidents;
    private final ReviewAccess access;

    NotificationClocks(IncidentService incidents, ReviewAccess access) {
        this.incidents = incidents;
        this.access = access;
    }

    @Override
    public List<StatutoryClock> openClocks(CurrentPerson person) {
        if (!access.sees(person)) return List.of();
        return incidents.awaitingNotification().stream().filter(n -> n.due() != null)
                .map(n -> new StatutoryClock("Serious incident notification", n.reference(), "Notify the national panel", n.path(),
                        n.due(), n.workingDaysLeft()))
                .toList();
    }
}
