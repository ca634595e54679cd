package dev.unknot.web.layout;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Light or dark: what the system prefers unless the person chose otherwise. The choice belongs to
 * the browser (a phone in the dark and a desk in daylight), so it is kept in the browser's local
 * storage, and applied by a small script in the page before the first paint.
 */
public enum Appearance {
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private static final String KEY = "unknot-appearance";

    /**
     * Sets Lumo's dark theme on the page when chosen, or when the system prefers it and nothing was
     * chosen; follows the system's changes; {@code window.unknotAppearance(choice)} changes it.
     */
    static final String SCRIPT = """
            (function () {
              var key = '%s';
              var media = window.matchMedia('(prefers-color-scheme: dark)');
              function apply() {
                var chosen = null;
                try { chosen = window.localStorage.getItem(key); } catch (e) { /* storage blocked */ }
                var dark = chosen === 'dark' || (chosen !== 'light' && media.matches);
                if (dark) { document.documentElement.setAttribute('theme', 'dark'); }
                else { document.documentElement.removeAttribute('theme'); }
              }
              apply();
              media.addEventListener('change', apply);
              window.unknotAppearance = function (chosen) {
                try { window.localStorage.setItem(key, chosen); } catch (e) { /* storage blocked */ }
                apply();
              };
            })();
            """.formatted(KEY);

    private final String label;

    Appearance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Applies this choice in {@code ui}'s browser and remembers it there. */
    public void apply(UI ui) {
        ui.getPage().executeJs("window.unknotAppearance && window.unknotAppearance($0)", storedName());
    }

    /** Reads the choice remembered in {@code ui}'s browser and hands it to {@code chosen}. */
    public static void read(UI ui, Consumer<Appearance> chosen) {
        ui.getPage()
                .executeJs("try { return window.localStorage.getItem($0); } catch (e) { return null; }", KEY)
                .then(String.class, stored -> chosen.accept(of(stored)), failure -> chosen.accept(SYSTEM));
    }

    static Appearance of(String stored) {
        if (stored == null) {
            return SYSTEM;
        }
        for (Appearance appearance : values()) {
            if (appearance.storedName().equals(stored)) {
                return appearance;
            }
        }
        return SYSTEM;
    }

    private String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
