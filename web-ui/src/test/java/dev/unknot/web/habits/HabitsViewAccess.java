package dev.unknot.web.habits;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import dev.unknot.web.testing.MockUnknot;

/** Drives the Habits form from tests in other packages. */
public final class HabitsViewAccess {

    private HabitsViewAccess() {}

    /** Creates a habit from the template with this id, through the form of the Habits view on screen. */
    public static void createFromTemplate(String id) {
        HabitsView view = (HabitsView) MockUnknot.currentView();
        view.source.setValue(HabitsView.TEMPLATE);
        view.template.setValue(view.template
                .getListDataView()
                .getItems()
                .filter(template -> template.id().toString().equals(id))
                .findFirst()
                .orElseThrow());
        _click(view.create);
    }
}
