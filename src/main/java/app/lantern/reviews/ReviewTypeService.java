package app.lantern.reviews;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.shared.RecordNotFoundException;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;

/** The review types the business unit configures. */
@Service
@Transactional(readOnly = true)
class ReviewTypeService {

    static final String RECORD_TYPE = "review_type";

    private final ReviewTypeStore store;
    private final ActivityLog activity;

    ReviewTypeService(ReviewTypeStore store, ActivityLog activity) {
        this.store = store;
        this.activity = activity;
    }

    List<ReviewType> all() {
        return store.all();
    }

    Optional<ReviewType> find(long id) {
        return store.find(id);
    }

    /** Whether another type (not {@code exceptId}) already has this name, ignoring case. */
    boolean nameTaken(String name, Long exceptId) {
        return store.named(name).filter(t -> exceptId == null || t.id() != exceptId).isPresent();
    }

    @Transactional
    long create(ReviewTypeForm.Checked t) {
        long id = store.insert(t.name(), t.statutory(), t.publicationMonths());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Added review type " + t.name(), null, describe(t));
        return id;
    }

    @Transactional
    void change(long id, long version, ReviewTypeForm.Checked t) {
        var before = store.find(id).orElseThrow(RecordNotFoundException::new);
        if (!store.update(id, version, t.name(), t.statutory(), t.publicationMonths()))
            throw new OptimisticLockingFailureException("Review type " + id + " changed");
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Changed review type " + t.name(),
                describe(new ReviewTypeForm.Checked(before.name(), before.statutory(), before.publicationMonths())), describe(t));
    }

    private static String describe(ReviewTypeForm.Checked t) {
        return t.name() + (t.statutory() ? " (statutory)" : " (local)") + ", publication " + t.publicationMonths() + " months after the decision";
    }
}
