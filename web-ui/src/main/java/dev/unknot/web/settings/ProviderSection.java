package dev.unknot.web.settings;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dev.unknot.app.account.OidcAccounts;
import dev.unknot.app.account.OidcProvider;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.annotation.Prototype;

/**
 * Linking one's account to the administrator's identity provider, so that signing in with it opens
 * this account; shown only when a provider is set. The link goes through the provider's sign-in
 * ({@code oidc/login?link}), which proves that the person is who the provider knows.
 */
@Prototype
public class ProviderSection extends Section {

    private final OidcProvider provider;
    private final OidcAccounts accounts;
    final Paragraph state = new Paragraph();
    final Anchor link = new Anchor();

    public ProviderSection(OidcProvider provider, OidcAccounts accounts) {
        this.provider = provider;
        this.accounts = accounts;
        addClassNames("page-section", "provider-settings");
        state.setId("provider-state");
        link.setId("link-provider");
        link.setRouterIgnore(true);
        link.setHref("oidc/login?link");
        setVisible(provider.status().offered() && provider.issuer().isPresent());
        if (isVisible()) {
            link.setText("Link your account to " + provider.status().name());
            add(new H2("Sign-in with " + provider.status().name()), state, link);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!isVisible()) {
            return;
        }
        String name = provider.status().name();
        boolean linked = accounts.linked(SignedIn.person(), provider.issuer().orElseThrow());
        state.setText(
                linked
                        ? "Your account is linked to " + name + ": signing in with " + name + " opens it."
                        : "Link your account to " + name + " to sign in with it as well as with your password.");
        link.setVisible(!linked);
    }
}
