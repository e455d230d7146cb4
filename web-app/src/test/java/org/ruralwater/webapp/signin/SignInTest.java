package org.ruralwater.webapp.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.Platform;

/** Signing in over real HTTP against a running platform, as a browser without JavaScript would. */
public class SignInTest {

    private static Platform platform;
    private static final Passwords PASSWORDS = Passwords.argon2id();

    private static Store store;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
        List.of(
                        new User("li.na", "李娜", Role.OFFICER, RegionCode.parse("530521"), PASSWORDS.hash("凤庆2026")),
                        new User(
                                "mallory",
                                "<script>alert('x')</script>",
                                Role.WATER_MANAGER,
                                RegionCode.parse("530521101201"),
                                PASSWORDS.hash("pw-mallory")),
                        new User("burst", "Burst", Role.AUDITOR, RegionCode.parse("530521"), PASSWORDS.hash("right")))
                .forEach(u -> store.people().add(Scope.everything(), Actor.cli(), u));
        platform = Platform.start(Platform.Settings.local(0, store));
    }

    @AfterAll
    static void stop() {
        platform.close();
        store.close();
    }

    @Test
    void aPageAskedForWithoutSigningInSendsTheBrowserToTheSignInPage() throws Exception {
        Session s = new Session();
        HttpResponse<String> r = s.get("/");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/signin");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndEveryPageForbidsScriptsFromElsewhere() throws Exception {
        HttpResponse<String> r = new Session().get("/signin");
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .startsWith("RURALWATER_SESSION=")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aFormSentWithoutTheSessionsTokenIsRefused() throws Exception {
        Session s = new Session();
        s.get("/signin");
        HttpResponse<String> r = s.post("/signin", Map.of("name", "li.na", "password", "凤庆2026"));
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> forged =
                s.post("/signin", Map.of("name", "li.na", "password", "凤庆2026", "csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theRightPasswordSignsInUnderANewSessionIdAndTheHomePageNamesTheUser() throws Exception {
        Session s = new Session();
        String before = s.cookie();
        HttpResponse<String> r = s.signIn("li.na", "凤庆2026");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/");
        assertThat(s.cookie()).isNotEqualTo(before);
        HttpResponse<String> home = s.get("/?lang=zh-CN");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("李娜，您好。").contains("530521");
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() throws Exception {
        Session s = new Session();
        HttpResponse<String> wrong = s.signIn("li.na", "wrong");
        HttpResponse<String> unknown = s.signIn("nobody", "wrong");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("用户名或密码错误。");
        assertThat(unknown.body()).contains("用户名或密码错误。");
    }

    @Test
    void aBurstOfWrongPasswordsClosesTheAccountEvenToTheRightOne() throws Exception {
        Session s = new Session();
        for (int i = 0; i < Throttle.FAILURES; i++) {
            assertThat(s.signIn("burst", "guess" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> r = s.signIn("burst", "right");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("登录失败次数过多");
    }

    @Test
    void scriptInANameIsShownAsTextNeverRun() throws Exception {
        Session s = new Session();
        s.signIn("mallory", "pw-mallory");
        String body = s.get("/").body();
        assertThat(body).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
    }

    @Test
    void aTypedNameIsEchoedEscapedWhenTheSignInFails() throws Exception {
        Session s = new Session();
        HttpResponse<String> r = s.signIn("\"><img src=x onerror=alert(1)>", "x");
        assertThat(r.body()).doesNotContain("<img src=x").contains("value=\"&#34;>&lt;img src=x");
    }

    @Test
    void signingOutEndsTheSessionAndTheTokenOfBeforeSignInNoLongerWorks() throws Exception {
        Session s = new Session();
        String tokenBefore = s.token();
        s.signIn("li.na", "凤庆2026");
        assertThat(s.post("/signout", Map.of("csrf", tokenBefore)).statusCode()).isEqualTo(403);
        HttpResponse<String> out = s.post("/signout", Map.of("csrf", s.token()));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(s.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void aSessionIdReusedAfterSigningOutSignsNoOneIn() throws Exception {
        Session s = new Session();
        s.signIn("li.na", "凤庆2026");
        String stolen = s.cookie();
        s.post("/signout", Map.of("csrf", s.token()));
        HttpResponse<String> replay = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port() + "/"))
                                .header("Cookie", "RURALWATER_SESSION=" + stolen)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(replay.statusCode()).isEqualTo(303);
        assertThat(replay.headers().firstValue("Location")).hasValue("/signin");
    }

    @Test
    void anUnknownPageIsANotFoundPageInTheUsersLanguage() throws Exception {
        Session s = new Session();
        s.signIn("li.na", "凤庆2026");
        HttpResponse<String> r = s.get("/no/such/page?lang=en");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("There is no such page.");
    }

    @Test
    void anHtmxRequestWithoutSigningInIsToldWhereToSignInRatherThanRedirected() throws Exception {
        HttpResponse<String> r = new Session().get("/", Map.of("HX-Request", "true"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("HX-Redirect")).hasValue("/signin");
    }

    @Test
    void thePageLanguageFollowsTheBrowserUntilTheUserChoosesOne() throws Exception {
        Session s = new Session();
        assertThat(s.get("/signin", Map.of("Accept-Language", "en-US,en;q=0.9")).body())
                .contains("<html lang=\"en\">");
        assertThat(s.get("/signin", Map.of("Accept-Language", "fr-FR, zh-TW;q=0.8"))
                        .body())
                .contains("<html lang=\"zh-CN\">");
        assertThat(s.get("/signin", Map.of("Accept-Language", ";;q=x")).body()).contains("<html lang=\"zh-CN\">");
        s.get("/signin?lang=en");
        assertThat(s.get("/signin", Map.of("Accept-Language", "zh-CN")).body()).contains("<html lang=\"en\">");
        assertThat(s.get("/signin?lang=xx").body()).contains("<html lang=\"en\">");
    }

    /** A cookie-keeping client that does not follow redirects, so each answer can be looked at. */
    public static final class Session {
        private final Platform on;
        private final CookieManager cookies = new CookieManager();

        Session() {
            this(platform);
        }

        public Session(Platform on) {
            this.on = on;
        }

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return get(path, Map.of());
        }

        public HttpResponse<String> get(String path, Map<String, String> headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
            headers.forEach(b::header);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        public HttpResponse<String> post(String path, Map<String, String> form)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Sends a form with a file, as multipart/form-data. */
        public HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content)
                throws Exception {
            return org.ruralwater.webapp.Multipart.send(
                    http, org.ruralwater.webapp.Multipart.request(uri(path), fields, fileName, content));
        }

        /** Posts form fields in order (a name may repeat, as a form's rows do), with any headers. */
        public HttpResponse<String> postFields(
                String path, List<Map.Entry<String, String>> fields, Map<String, String> headers)
                throws IOException, InterruptedException {
            String body = fields.stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(b::header);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The CSRF token of the session, from the sign-in page or the home page. */
        public String token() throws IOException, InterruptedException {
            HttpResponse<String> page = get("/signin");
            if (page.statusCode() == 303) {
                page = get("/");
            }
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
            return m.find() ? m.group(1) : "";
        }

        public HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
            return post("/signin", Map.of("name", name, "password", password, "csrf", token()));
        }

        String cookie() throws IOException, InterruptedException {
            if (cookies.getCookieStore().getCookies().isEmpty()) {
                get("/signin");
            }
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("RURALWATER_SESSION"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + on.port() + path);
        }
    }
}
