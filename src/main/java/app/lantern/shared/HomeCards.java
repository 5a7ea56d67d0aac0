package app.lantern.shared;

import java.util.List;

/**
 * Extension point: the cards a module shows on the home page of the person signed in (identity's
 * {@code Access} says who that is). Return none when the person has nothing to see.
 */
public interface HomeCards {

    List<HomeCard> cards();
}
