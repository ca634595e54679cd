package dev.unknot.web.session;

import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.core.plugin.Library;

/**
 * The library a view shows: the signed-in person's (the plugins' with their own techniques and
 * routines), or the plugins' alone for a visitor. Views take it from here, so a person's own ids
 * resolve for that person alone, whatever the address says.
 */
public final class Libraries {

    private Libraries() {}

    public static Library current(Catalogue catalogue) {
        return SignedIn.current()
                .map(signedIn -> catalogue.of(signedIn.personId()))
                .orElseGet(catalogue::shared);
    }
}
