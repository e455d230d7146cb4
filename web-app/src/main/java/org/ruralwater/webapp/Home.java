package org.ruralwater.webapp;

import io.javalin.http.Context;
import java.util.Map;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;

/** The first page after sign-in: who is signed in, in which role and over which region. */
final class Home {

    private final Pages pages;
    private final SignIn signIn;

    Home(Pages pages, SignIn signIn) {
        this.pages = pages;
        this.signIn = signIn;
    }

    void show(Context ctx) {
        pages.render(ctx, "home.jte", signIn.frame(ctx), Map.of());
    }
}
