package app.lantern.shared;

import java.util.List;

/**
 * Extension point: a module's running clocks that the person signed in may see. The home page
 * shows those overdue or about to fall due, whichever module they come from.
 */
public interface StatutoryClocks {

    List<StatutoryClock> openClocks();
}
