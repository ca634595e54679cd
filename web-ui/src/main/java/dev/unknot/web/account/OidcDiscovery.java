package dev.unknot.web.account;

import dev.unknot.app.account.OidcProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * Asks the identity provider for its discovery document as the web server starts, so that a wrong
 * issuer shows in the log at once rather than at the first sign-in. In the background: a slow or
 * absent provider never holds the server's start up.
 */
@Singleton
class OidcDiscovery implements ApplicationEventListener<ServerStartupEvent> {

    private final OidcProvider provider;

    OidcDiscovery(OidcProvider provider) {
        this.provider = provider;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (provider.status().availability() == OidcProvider.Availability.OFF) {
            return;
        }
        Thread discovery = new Thread(provider::discover, "unknot-oidc-discovery");
        discovery.setDaemon(true);
        discovery.start();
    }
}
