package app.lantern.reviews;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.TimescaleRule;

/**
 * The statutory timescales the review pages state ("within 5 working days"), taken from the
 * calendar's timescale rules, so a page says what the clocks count even after an administrator
 * changes a rule. Templates never type the number.
 */
@ControllerAdvice(assignableTypes = {ReviewDashboardController.class, NotificationController.class, RapidReviewController.class,
        CaseReviewController.class})
class ReviewTimescales {

    private final WorkingDayCalendar calendar;

    ReviewTimescales(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @ModelAttribute
    void timescales(Model model) {
        model.addAttribute("panelNotificationDays", span(TimescaleRule.PANEL_NOTIFICATION));
        model.addAttribute("rapidReviewDays", span(TimescaleRule.RAPID_REVIEW));
        model.addAttribute("reportBeforePublicationDays", span(TimescaleRule.REPORT_BEFORE_PUBLICATION));
    }

    /** "5 working days", as the rule now stands. */
    private String span(String code) {
        int days = calendar.rule(code).workingDays();
        return days + (days == 1 ? " working day" : " working days");
    }
}
