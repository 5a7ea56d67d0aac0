package app.lantern.shared;

import java.util.List;

/**
 * Extension point: a module's navigation entries. Implement it once per module as a Spring bean;
 * the layout shows each entry to the people its rule opens it to.
 */
public interface Navigation {

    List<NavigationEntry> entries();
}
