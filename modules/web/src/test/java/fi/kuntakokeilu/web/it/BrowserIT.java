package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import fi.kuntakokeilu.web.it.support.Accessibility;
import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.Browser;
import fi.kuntakokeilu.web.it.support.RunningServer;
import fi.kuntakokeilu.web.it.support.Subjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff UI in a real Chromium against the running server. */
class BrowserIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sendsAVisitorWithoutASessionToTheLoginPage() {
        browser.get(RunningServer.uri("/trial-areas.xhtml").toString());

        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aCaseworkerLogsInAndSeesTheTrialAreas() {
        logIn("caseworker.helsinki", "demo");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-areas"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("caseworker.helsinki");
        assertThat(browser.findElement(By.id("areas")).getText()).contains("Helsinki", "Vantaa–Kerava", "Tampere");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        logIn("caseworker.helsinki", "not-the-password");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "väärä"));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void switchesTheInterfaceToSwedish() {
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-areas"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));

        new Select(browser.findElement(By.id("language"))).selectByValue("sv");
        browser.findElement(By.id("change-language")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Försöksområden"));
        assertThat(browser.findElement(By.id("areas")).getText()).contains("Vanda–Kervo");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");

        browser.findElement(By.id("nav-search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kundsökning"));
        assertThat(browser.findElement(By.cssSelector("label[for='search:query']"))
                        .getText())
                .isEqualTo("Personbeteckning eller namn");
        Accessibility.assertNoSeriousViolations(browser);

        // The choice is kept on the account: back to Finnish for the next test.
        new Select(browser.findElement(By.id("language"))).selectByValue("fi");
        browser.findElement(By.id("change-language")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Asiakashaku"));
    }

    @Test
    void anAdministratorCreatesACaseworkerWhoThenChangesTheirPassword() {
        String user = "selenium.caseworker." + (System.nanoTime() % 100000);
        logIn("admin", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-accounts")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:accounts")));
        Accessibility.assertNoSeriousViolations(browser);

        WebElement formBefore = browser.findElement(By.id("account:username"));
        browser.findElement(By.id("list:new")).click();
        wait.until(ExpectedConditions.stalenessOf(formBefore));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("account:username")));
        browser.findElement(By.id("account:username")).sendKeys(user);
        browser.findElement(By.id("account:displayName")).sendKeys("Selma Selenium");
        new Select(browser.findElement(By.id("account:role"))).selectByValue("CASEWORKER");
        browser.findElement(By.xpath("//input[@name='account:areas' and @value='espoo']"))
                .click();
        browser.findElement(By.id("account:password")).sendKeys("ensimmäinen salasana");
        browser.findElement(By.id("account:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account:messages"), "tallennettu"));
        assertThat(browser.findElement(By.id("list:accounts")).getText()).contains(user);

        browser.findElement(By.id("logout")).click();
        logIn(user, "ensimmäinen salasana");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-account")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-username")));
        assertThat(browser.findElement(By.id("my-username")).getText()).isEqualTo(user);
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("password:current")).sendKeys("ensimmäinen salasana");
        browser.findElement(By.id("password:new")).sendKeys("toinen ja pidempi salasana");
        browser.findElement(By.id("password:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "vaihdettu"));
    }

    @Test
    void aCaseworkerIsRefusedTheAdministratorsPages() {
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-orders")));

        assertThat(browser.findElements(By.id("nav-accounts"))).isEmpty();
        browser.get(RunningServer.uri("/admin/accounts.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
        browser.get(RunningServer.uri("/transfer-runs.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
        browser.get(RunningServer.uri("/register.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
    }

    @Test
    void aCaseworkerFindsACustomerAndOpensTheirPage() {
        logIn("caseworker.espoo", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-orders")));
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("nav-search")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("search:find")))
                .click();
        WebElement first =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#found\\:results .person-link")));
        String lastName = first.getText().substring(0, first.getText().indexOf(','));
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("search:query")).sendKeys(lastName);
        browser.findElement(By.id("search:find")).click();
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> links = driver.findElements(By.cssSelector("#found\\:results .person-link"));
            return !links.isEmpty()
                    && links.stream().allMatch(link -> link.getText().startsWith(lastName + ","));
        });
        browser.findElement(By.cssSelector("#found\\:results .person-link")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-name")));
        assertThat(browser.findElement(By.id("person-name")).getText()).contains(lastName);
        assertThat(browser.findElement(By.id("identity-code")).getText()).matches("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]");
        assertThat(browser.findElement(By.id("responsible-body")).getText()).isEqualTo("Espoo");
        // Every customer of a trial area came there by a transfer with its legal basis (Act 1269/2020 § 4–5).
        assertThat(browser.findElements(By.cssSelector("#timeline .timeline-basis")))
                .isNotEmpty();
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void anAdministratorPreviewsATransferRunAndRunsOneWatchingItsProgress() {
        logIn("admin", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-runs"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start:go")));
        Accessibility.assertNoSeriousViolations(browser);

        // A dry run today, after the trial's end: it would return Vantaa–Kerava's customers to the office.
        new Select(browser.findElement(By.id("start:area"))).selectByValue("vantaa-kerava");
        assertThat(browser.findElement(By.id("start:dry")).isSelected()).isTrue();
        browser.findElement(By.id("start:go")).click();
        awaitRunFinished();
        assertThat(Integer.parseInt(browser.findElement(By.id("run-total")).getText()))
                .isPositive();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#runForm\\:preview a")));
        Accessibility.assertNoSeriousViolations(browser);

        // A real run on the trial's first day moves nobody again: custody already follows that day's rules.
        browser.get(RunningServer.uri("/transfer-runs.xhtml").toString());
        WebElement date = wait.until(ExpectedConditions.elementToBeClickable(By.id("start:effective")));
        new Select(browser.findElement(By.id("start:area"))).selectByValue("vantaa-kerava");
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("arguments[0].value = '2021-03-01'", date);
        script.executeScript("arguments[0].checked = false", browser.findElement(By.id("start:dry")));
        script.executeScript("arguments[0].click()", browser.findElement(By.id("start:go")));
        awaitRunFinished();
        assertThat(browser.findElement(By.id("run-heading")).getText()).doesNotContain("koeajo");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void anEvaluatorLandsOnAPageWithoutPersonsAndIsRefusedACustomerPage() {
        String customer = Subjects.fill("{helsinki-job-seeker}");
        logIn("evaluator", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));
        assertThat(browser.getCurrentUrl()).contains("/trial-areas.xhtml");
        assertThat(browser.findElements(By.id("nav-search"))).isEmpty();

        browser.get(RunningServer.uri("/job-seeker.xhtml?id=" + customer).toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
        assertThat(browser.getPageSource()).doesNotContain("person-name");
        browser.get(RunningServer.uri("/job-seekers.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
    }

    @Test
    void anOfficeWorkerIsToldWhatIsMissingThenRegistersAJobSeeker() {
        logIn("office.uusimaa", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-transfers")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders:pending")));
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("nav-register")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register:save")))
                .click();
        // Each refusal beside its field, in the user's language (the form is redrawn meanwhile).
        wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("register:identityCode-error"))
                        .getText()
                        .isBlank());
        assertThat(browser.findElement(By.id("register:firstName-error")).getText())
                .isNotBlank();
        assertThat(browser.findElement(By.id("register:status-error")).getText())
                .isNotBlank();
        Accessibility.assertNoSeriousViolations(browser);

        String code = PersonalIdentityCode.of(
                        LocalDate.of(1960, 1, 1)
                                .plusDays(ThreadLocalRandom.current().nextInt(10_000)),
                        'U',
                        901 + 2 * ThreadLocalRandom.current().nextInt(49))
                .value();
        browser.findElement(By.id("register:identityCode")).sendKeys(code);
        browser.findElement(By.id("register:firstName")).sendKeys("Rekka");
        browser.findElement(By.id("register:lastName")).sendKeys("Rekisteröity");
        new Select(browser.findElement(By.id("register:municipality"))).selectByValue("049");
        new Select(browser.findElement(By.id("register:status"))).selectByValue("UNEMPLOYED");
        new Select(browser.findElement(By.id("register:benefit"))).selectByValue("BASIC_ALLOWANCE");
        browser.findElement(By.id("register:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-name"), "Rekka Rekisteröity"));
        assertThat(browser.findElement(By.id("identity-code")).getText()).isEqualTo(code);
    }

    @Test
    void anAdministratorImportsAnExtractWatchingItsProgressThenSeesTheRefusedRowAndFindsTheGoodOnes()
            throws IOException {
        String first = randomIdentityCode();
        String second = randomIdentityCode();
        Path extract = Files.createTempFile("extract", ".csv");
        Files.writeString(
                extract,
                "personal_identity_code,last_name,first_names,home_municipality,mother_tongue,"
                        + "labour_market_status,unemployment_benefit,registered_on,status_since\n"
                        + first + ",Tuotu,Tiina,091,fi,UNEMPLOYED,NONE,2021-02-01,2021-02-01\n"
                        + "020290-998Y,Virhe,Veera,091,fi,WORKING,NONE,2021-02-01,2021-02-01\n"
                        + second + ",Tuotu,Toivo,091,fi,UNEMPLOYED,NONE,2021-02-01,2021-02-01\n");
        logIn("admin", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-import"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("upload:file"))
                .sendKeys(extract.toAbsolutePath().toString());
        browser.findElement(By.id("upload:send")).click();

        // The upload answers at once; the import runs as a batch job while the bar follows it to 100 %.
        WebDriverWait importing = new WebDriverWait(browser, Duration.ofSeconds(120));
        importing.ignoring(StaleElementReferenceException.class);
        importing.until(ExpectedConditions.attributeToBe(By.id("report:progress"), "role", "progressbar"));
        assertThat(browser.findElement(By.id("import-total")).getText()).isEqualTo("3");
        importing.until(ExpectedConditions.attributeToBe(By.id("report:progress"), "aria-valuenow", "100"));
        importing.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "valmis"));
        assertThat(browser.findElement(By.id("import-lines")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("import-rejected")).getText()).isEqualTo("1");
        // the refused row with its line (the header is line 1), column and reason in Finnish
        List<WebElement> refused = browser.findElements(By.cssSelector("#report\\:errors tbody tr"));
        assertThat(refused).isNotEmpty().allSatisfy(row -> assertThat(row.getText())
                .startsWith("3 "));
        assertThat(browser.findElement(By.id("report:errors")).getText())
                .contains("personal_identity_code", "labour_market_status");
        Accessibility.assertNoSeriousViolations(browser);
        Files.delete(extract);

        // The good rows are customers now: found by their identity codes.
        for (String code : List.of(first, second)) {
            browser.get(RunningServer.uri("/job-seekers.xhtml").toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("search:query")))
                    .sendKeys(code);
            browser.findElement(By.id("search:find")).click();
            wait.ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElements(By.cssSelector("#found\\:results .person-link")).stream()
                            .anyMatch(link -> link.getText().startsWith("Tuotu,")));
        }
    }

    private static String randomIdentityCode() {
        return PersonalIdentityCode.of(
                        LocalDate.of(1960, 1, 1)
                                .plusDays(ThreadLocalRandom.current().nextInt(10_000)),
                        'U',
                        901 + 2 * ThreadLocalRandom.current().nextInt(49))
                .value();
    }

    @Test
    void aCaseworkerBooksAnInterviewAndFindsItOnTheWorklist() {
        String customer = Subjects.fill("{helsinki-job-seeker}");
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-worklist")));

        browser.get(RunningServer.uri("/job-seeker.xhtml?id=" + customer).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appointments")));
        Accessibility.assertNoSeriousViolations(browser);

        // Without a kind or a date, the services module names both fields.
        browser.findElement(By.id("appointment:book")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#appointment .field-error")));
        Accessibility.assertNoSeriousViolations(browser);

        LocalDate today = LocalDate.now();
        new Select(browser.findElement(By.id("appointment:kind"))).selectByValue("JOB_SEEKER_INTERVIEW");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("appointment:due")),
                        today.toString());
        browser.findElement(By.id("appointment:book")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appointment:messages"), "varattiin"));
        String due = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("fi-FI"))
                .format(today);
        assertThat(browser.findElement(By.id("appointments")).getText()).contains("Työnhakijahaastattelu", due);
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("nav-worklist")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("worklist:counts")));
        Accessibility.assertNoSeriousViolations(browser);
        new Select(browser.findElement(By.id("worklist:kind"))).selectByValue("INTERVIEW");
        WebElement shown = browser.findElement(By.id("worklist:items"));
        browser.findElement(By.id("worklist:show")).click();
        wait.until(ExpectedConditions.stalenessOf(shown));
        // Earliest deadline first: the new interview, due today, follows every overdue one.
        boolean found = false;
        for (int page = 0; page < 200; page++) {
            found = onPage(customer, due);
            WebElement next = browser.findElement(By.id("worklist:next"));
            if (found || !next.isEnabled()) {
                break;
            }
            WebElement table = browser.findElement(By.id("worklist:items"));
            next.click();
            wait.until(ExpectedConditions.stalenessOf(table));
        }
        assertThat(found).as("the interview booked today is on the worklist").isTrue();
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void anEvaluatorReadsTheMonthlyReportAndDownloadsTheSpreadsheet() throws IOException {
        browser.quit();
        Path downloads = Files.createTempDirectory("downloads");
        browser = Browser.start(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        logIn("evaluator", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-reports")))
                .click();
        // The demo panel is built in the background at start: until then the page says no month is ready.
        new WebDriverWait(browser, Duration.ofMinutes(10), Duration.ofSeconds(10)).until(driver -> {
            if (driver.findElements(By.id("main-table")).isEmpty()) {
                driver.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(browser.findElement(By.id("main-table")).getText()).contains("Kaikki kokeilualueet");
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("reports:download-xlsx")).click();
        Path spreadsheet = new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            try (var files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(".xlsx"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        byte[] bytes = Files.readAllBytes(spreadsheet);
        assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");
        Accessibility.assertNoSeriousViolations(browser);

        // The worklist names persons: evaluators are refused it.
        browser.get(RunningServer.uri("/worklist.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
    }

    @Test
    void aManagerUpdatesAPlanSeesEveryVersionWritesANoteAndSeesWhoViewedTheRecord() {
        Api manager = Api.as("manager.pirkanmaa");
        String customer = manager.get("/api/v1/job-seekers?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        logIn("manager.pirkanmaa", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-worklist")));
        browser.get(RunningServer.uri("/job-seeker.xhtml?id=" + customer).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-view")));
        Accessibility.assertNoSeriousViolations(browser);

        if (!browser.findElements(By.id("plan-none")).isEmpty()) {
            type(By.id("plan:actions"), "Ensimmäinen suunnitelma: työnhaku verkossa.");
            browser.findElement(By.id("plan:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:messages"), "versiona 1"));
        }
        int before = Integer.parseInt(browser.findElement(By.id("plan-version")).getText());
        String earlier = browser.findElement(By.id("plan-actions")).getText();

        // A new version: the earlier one stays, and what staff typed is shown as text, never as markup.
        String actions = "Selenium " + System.nanoTime() + ": <b>kaksi</b> hakemusta viikossa & kurssi";
        type(By.id("plan:actions"), actions);
        browser.findElement(By.id("plan:save")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("plan:messages"), "versiona " + (before + 1)));
        assertThat(browser.findElement(By.id("plan-version")).getText()).isEqualTo(String.valueOf(before + 1));
        assertThat(browser.findElement(By.id("plan-actions")).getText()).isEqualTo(actions);
        String versions = browser.findElement(By.id("plan-versions")).getText();
        assertThat(versions).contains(actions, earlier);
        assertThat(browser.findElements(By.cssSelector("#plan-versions tbody tr")))
                .hasSizeGreaterThanOrEqualTo(before + 1);
        Accessibility.assertNoSeriousViolations(browser);

        // Someone else saves a version meanwhile: the stale edit is refused in Finnish, theirs is shown,
        // and this user's text stays in the form to be saved on top of it.
        String planId = manager.get("/api/v1/job-seekers/" + customer + "/plans")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        String theirs = "Toisen käsittelijän versio " + System.nanoTime();
        var other = manager.putJson(
                "/api/v1/job-seekers/" + customer + "/plans/" + planId,
                "{\"agreedOn\":\"" + LocalDate.now() + "\",\"agreedActions\":\"" + theirs + "\",\"version\":"
                        + (before + 1) + "}");
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        String mine = "Oma muutos " + System.nanoTime();
        type(By.id("plan:actions"), mine);
        browser.findElement(By.id("plan:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:messages"), "Joku muu tallensi"));
        assertThat(browser.findElement(By.id("plan-versions")).getText()).contains(theirs, actions);
        assertThat(browser.findElement(By.id("plan:actions")).getAttribute("value"))
                .isEqualTo(mine);
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.id("plan:save")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("plan:messages"), "versiona " + (before + 3)));
        assertThat(browser.findElement(By.id("plan-versions")).getText()).contains(mine, theirs, actions);

        // A note needs a topic.
        String note = "Soitto " + System.nanoTime() + " <script>alert(1)</script>";
        type(By.id("note:body"), note);
        browser.findElement(By.id("note:save")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(driver ->
                        !driver.findElement(By.id("note:topic-error")).getText().isBlank());
        new Select(browser.findElement(By.id("note:topic"))).selectByValue("CONTACT");
        browser.findElement(By.id("note:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note:messages"), "tallennettiin"));
        assertThat(browser.findElement(By.id("notes")).getText()).contains(note, "Yhteydenotto");
        Accessibility.assertNoSeriousViolations(browser);

        // The manager sees who viewed the record, the latest first: their own readings among them.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("viewers")));
        assertThat(browser.findElement(By.id("viewers-heading")).getText()).isEqualTo("Ketkä ovat katsoneet tietoja");
        String firstRow =
                browser.findElement(By.cssSelector("#viewers tbody tr")).getText();
        assertThat(firstRow).contains("manager.pirkanmaa", "katsoi");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aCaseworkerMarksAnInterviewHeldAndDoesNotSeeWhoViewedTheRecord() {
        String customer = Subjects.fill("{helsinki-job-seeker}");
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-worklist")));
        browser.get(RunningServer.uri("/job-seeker.xhtml?id=" + customer).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-view")));
        assertThat(browser.findElements(By.id("viewers"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Ketkä ovat katsoneet tietoja");

        // An interview booked for a week on, then recorded as held today.
        LocalDate today = LocalDate.now();
        new Select(browser.findElement(By.id("appointment:kind"))).selectByValue("JOB_SEEKER_INTERVIEW");
        setDate(By.id("appointment:due"), today.plusDays(7));
        browser.findElement(By.id("appointment:book")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appointment:messages"), "varattiin"));
        String due = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("fi-FI"))
                .format(today.plusDays(7));
        Select which = new Select(browser.findElement(By.id("change:which")));
        WebElement booked = which.getOptions().stream()
                .filter(option -> option.getText().contains("Työnhakijahaastattelu")
                        && option.getText().contains(due))
                .findFirst()
                .orElseThrow();
        String appointment = booked.getAttribute("value");
        which.selectByValue(appointment);
        setDate(By.id("change:held"), today);
        browser.findElement(By.id("change:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change:messages"), "muutettiin"));
        String held = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("fi-FI"))
                .format(today);
        assertThat(browser.findElement(By.id("appointments")).getText()).contains("Pidetty " + held);
        assertThat(browser.findElements(By.cssSelector("#change\\:which option[value='" + appointment + "']")))
                .isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aCaseworkerCancelsAnInterviewWhichLeavesTheWorklistButStaysOnTheRecord() {
        String customer = Subjects.fill("{helsinki-job-seeker}");
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-worklist")));
        browser.get(RunningServer.uri("/job-seeker.xhtml?id=" + customer).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cancel:which")));

        // An interview due in two days (on the worklist as due soon).
        LocalDate day = LocalDate.now().plusDays(2);
        new Select(browser.findElement(By.id("appointment:kind"))).selectByValue("JOB_SEEKER_INTERVIEW");
        setDate(By.id("appointment:due"), day);
        browser.findElement(By.id("appointment:book")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appointment:messages"), "varattiin"));
        String due = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("fi-FI"))
                .format(day);
        // the newest of the customer's interviews due that day (options are by day, then as booked)
        String appointment = wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> new Select(driver.findElement(By.id("cancel:which")))
                        .getOptions().stream()
                                .filter(option -> option.getText().contains("Työnhakijahaastattelu")
                                        && option.getText().contains(due))
                                .map(option -> option.getAttribute("value"))
                                .reduce((first, last) -> last)
                                .orElse(null));
        Accessibility.assertNoSeriousViolations(browser);
        int listed = interviewsOnTheWorklist(customer, due);
        assertThat(listed).as("the booked interview is on the worklist").isPositive();
        browser.get(RunningServer.uri("/job-seeker.xhtml?id=" + customer).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cancel:which")));

        // Refused without a reason (the confirmation is accepted: the refusal comes from the services module).
        new Select(browser.findElement(By.id("cancel:which"))).selectByValue(appointment);
        browser.findElement(By.id("cancel:confirm")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("cancel:reason-error"))
                        .getText()
                        .isBlank());
        Accessibility.assertNoSeriousViolations(browser);

        // Dismissing the confirmation sends nothing.
        new Select(browser.findElement(By.id("cancel:which"))).selectByValue(appointment);
        type(By.id("cancel:reason"), "Asiakas aloitti työt");
        browser.findElement(By.id("cancel:confirm")).click();
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(browser.findElement(By.id("appointments")).getText()).doesNotContain("Asiakas aloitti työt");

        browser.findElement(By.id("cancel:confirm")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cancel:messages"), "peruttiin"));
        // Case history: still on the customer's record, as cancelled with its reason.
        assertThat(browser.findElement(By.id("appointments")).getText()).contains("Asiakas aloitti työt", "Peruttu");
        assertThat(browser.findElements(By.cssSelector("#cancel\\:which option[value='" + appointment + "']")))
                .isEmpty();
        Accessibility.assertNoSeriousViolations(browser);

        // Off the worklist: one interview fewer for the customer on that day.
        assertThat(interviewsOnTheWorklist(customer, due)).isEqualTo(listed - 1);
    }

    /**
     * How many job-seeker interviews of the customer due on a day the worklist lists: the pages are
     * read in order (earliest deadline first) until the day's rows have been passed.
     */
    private int interviewsOnTheWorklist(String customer, String due) {
        browser.findElement(By.id("nav-worklist")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("worklist:counts")));
        new Select(browser.findElement(By.id("worklist:kind"))).selectByValue("INTERVIEW");
        WebElement shown = browser.findElement(By.id("worklist:items"));
        browser.findElement(By.id("worklist:show")).click();
        wait.until(ExpectedConditions.stalenessOf(shown));
        int count = 0;
        boolean seenDay = false;
        for (int page = 0; page < 200; page++) {
            List<String> rows = wait.ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElements(By.cssSelector("#worklist\\:items tbody tr")).stream()
                            .filter(row ->
                                    row.getText().contains(due) && row.getText().contains("Työnhakijahaastattelu"))
                            .filter(row -> row.findElements(By.cssSelector("a.worklist-customer")).stream()
                                    .anyMatch(link -> link.getAttribute("href").endsWith("id=" + customer)))
                            .map(WebElement::getText)
                            .toList());
            boolean dayOnPage =
                    browser.findElement(By.id("worklist:items")).getText().contains(due);
            count += rows.size();
            if (seenDay && !dayOnPage) {
                break;
            }
            seenDay |= dayOnPage;
            WebElement next = browser.findElement(By.id("worklist:next"));
            if (!next.isEnabled()) {
                break;
            }
            WebElement table = browser.findElement(By.id("worklist:items"));
            next.click();
            wait.until(ExpectedConditions.stalenessOf(table));
        }
        return count;
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void setDate(By field, LocalDate day) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(field), day.toString());
    }

    /** Whether the worklist's page shows the customer's job-seeker interview due that day (read afresh if redrawn). */
    private boolean onPage(String customer, String due) {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.findElements(By.cssSelector("#worklist\\:items tbody tr")).stream()
                        .anyMatch(row -> row.getText().contains(due)
                                && row.getText().contains("Työnhakijahaastattelu")
                                && row.findElements(By.cssSelector("a.worklist-customer")).stream()
                                        .anyMatch(link ->
                                                link.getAttribute("href").endsWith("id=" + customer)));
            } catch (StaleElementReferenceException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** The progress bar polls the run until it reaches 100 %, and the finished run's status shows. */
    private void awaitRunFinished() {
        // Found afresh at each look, and looked at again when it was just drawn anew (as the run completes).
        WebDriverWait run = new WebDriverWait(browser, Duration.ofSeconds(120));
        run.ignoring(StaleElementReferenceException.class);
        run.until(ExpectedConditions.attributeToBe(By.id("runForm:progress"), "role", "progressbar"));
        run.until(ExpectedConditions.attributeToBe(By.id("runForm:progress"), "aria-valuenow", "100"));
        run.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "valmis"));
    }

    private void logIn(String user, String password) {
        String login = RunningServer.uri("/login.xhtml").toString();
        browser.get(login);
        // the sign-in is not under test here: a page that came back without the form is asked again
        wait.until(driver -> {
            if (driver.findElements(By.id("username")).isEmpty()) {
                driver.get(login);
                return false;
            }
            return true;
        });
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
    }

    @Test
    void anEvaluatorEstimatesADesignsEffectAndReadsTheEventStudyAsChartAndTable() throws SQLException {
        addDesignWithTwoComparisonMunicipalities();
        logIn("evaluator", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-evaluation")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designs")));
        assertThat(browser.findElement(By.id("designs")).getText()).contains("kuntakokeilu-2021", BROWSER_DESIGN);
        Accessibility.assertNoSeriousViolations(browser);

        chooseDesign(BROWSER_DESIGN);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("estimate:leads")))
                .sendKeys("3");
        browser.findElement(By.id("estimate:lags")).sendKeys("6");
        // The demo panel is built in the background at start: until then the estimate is refused.
        new WebDriverWait(browser, Duration.ofMinutes(10), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> estimated(driver));
        WebElement table = browser.findElement(By.id("event-study"));
        // −3 … +6, the month before the start the reference
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(10);
        assertThat(table.getText()).contains("−1 (vertailukohta)", "+6");
        assertThat(browser.findElement(By.id("interval")).getText()).contains("…");
        WebElement chart = browser.findElement(By.id("event-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.cssSelector("polygon.chart-band"))).hasSize(1);
        assertThat(chart.findElements(By.cssSelector("circle.chart-point"))).hasSize(10);
        Accessibility.assertNoSeriousViolations(browser);

        // The trial's own design has one comparison municipality in the demo data: refused beside the design.
        chooseDesign("kuntakokeilu-2021");
        WebElement before = browser.findElement(By.id("estimate"));
        browser.findElement(By.id("estimate:go")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        assertThat(browser.findElement(By.cssSelector("#estimate\\:design ~ .field-error"))
                        .getText())
                .contains("vähintään kaksi kokeilukuntaa ja kaksi vertailukuntaa");
        assertThat(browser.findElements(By.id("event-study"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void anEvaluatorStartsAnExportAndWatchesItReachItsManifest() {
        logIn("evaluator", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-exports")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start:go")));
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("start:purpose")).sendKeys("Selenium: the export page");
        browser.findElement(By.id("start:go")).click();
        WebDriverWait run = new WebDriverWait(browser, Duration.ofMinutes(10));
        run.ignoring(StaleElementReferenceException.class);
        run.until(ExpectedConditions.presenceOfElementLocated(By.id("exports")));
        run.until(ExpectedConditions.attributeToBe(By.id("run:progress"), "aria-valuenow", "100"));
        run.until(ExpectedConditions.textToBePresentInElementLocated(By.id("export-status"), "valmis"));
        run.until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
        assertThat(browser.findElement(By.id("files")).findElements(By.cssSelector("tbody tr")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("manifest-months")).getText()).matches("\\d{4}-\\d{2} – \\d{4}-\\d{2}");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aCaseworkerIsRefusedTheEvaluationAndItsExports() {
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-orders")));

        assertThat(browser.findElements(By.id("nav-evaluation"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-exports"))).isEmpty();
        browser.get(RunningServer.uri("/evaluation.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
        browser.get(RunningServer.uri("/exports.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
    }

    @Test
    void anAreaManagerFindsAGoodPracticeAndPublishesOneOfTheirOwn() {
        String title = "Selenium-käytäntö " + (System.nanoTime() % 100000);
        logIn("manager.pirkanmaa", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-practices")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practices")));
        Accessibility.assertNoSeriousViolations(browser);

        WebElement before = browser.findElement(By.id("practices"));
        browser.findElement(By.id("search:query")).sendKeys("ohjaamo");
        browser.findElement(By.id("search:go")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("practices"), "Nuorten yhden luukun ohjaamo"));
        browser.findElement(By.cssSelector("#practices a.practice-title")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("opened-heading"), "Nuorten yhden luukun ohjaamo"));
        Accessibility.assertNoSeriousViolations(browser);

        // An area manager publishes for their own area only: the form offers Pirkanmaa alone.
        assertThat(new Select(browser.findElement(By.id("publish:area"))).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("Pirkanmaa");
        browser.findElement(By.id("publish:title")).sendKeys(title);
        browser.findElement(By.id("publish:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("label[for='publish:description'] ~ .field-error")));
        browser.findElement(By.id("publish:description"))
                .sendKeys("Asiakas ja työnantaja tapaavat samassa tilaisuudessa.");
        browser.findElement(By.id("publish:tags")).sendKeys("työnantajat, rekrytointi");
        browser.findElement(By.id("publish:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("publish:messages"), title));
        assertThat(browser.findElement(By.id("practices")).getText()).contains(title, "työnantajat", "rekrytointi");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aCaseworkerReadsTheGoodPracticesButMayNotPublish() {
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-practices")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practices")));
        assertThat(Integer.parseInt(browser.findElement(By.id("practice-total")).getText()))
                .isPositive();
        assertThat(browser.findElements(By.id("publish:save"))).isEmpty();
    }

    @Test
    void anAdministratorReadsTheAreasWithTheirMunicipalitiesAndTheRuleVersions() {
        logIn("admin", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-org-register")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("municipalities")));
        WebElement pirkanmaa = browser.findElements(By.cssSelector("table.area-register")).stream()
                .filter(table -> table.findElement(By.cssSelector("caption .area-name"))
                        .getText()
                        .equals("Pirkanmaa"))
                .findFirst()
                .orElseThrow();
        assertThat(pirkanmaa.getText()).contains("Tampere (vastuukunta)", "837", "1.3.2021");
        assertThat(browser.findElement(By.id("municipalities")).getText()).contains("Tampere");
        // Version 1 of the target-group rule: Act 1269/2020 § 4 from the trial's first day, under 30.
        WebElement rules = browser.findElement(By.id("rule-versions"));
        assertThat(rules.getText()).contains("Act 1269/2020 § 4", "1.3.2021", "toistaiseksi", "työtön");
        assertThat(rules.findElement(By.cssSelector("tbody tr td.figure")).getText())
                .isEqualTo("30");
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("logout")).click();
        logIn("caseworker.helsinki", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-orders")));
        assertThat(browser.findElements(By.id("nav-org-register"))).isEmpty();
        browser.get(RunningServer.uri("/admin/organisation.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
    }

    private static final String BROWSER_DESIGN = "browser-it-design";

    /**
     * Designs are data (domain brief, "Evaluation") and no API adds one. The demo's own design has a
     * single comparison municipality, too few for cluster-robust errors, so the test adds a design
     * over the demo's customers: Helsinki and Tampere treated from March 2021 against Espoo, Lahti
     * and Vaasa.
     */
    private static void addDesignWithTwoComparisonMunicipalities() throws SQLException {
        try (Connection db = RunningServer.database();
                Statement sql = db.createStatement()) {
            int added = sql.executeUpdate("INSERT IGNORE INTO eva_design (design_key, name, description,"
                    + " pre_period_from, follow_up_to, outcome_indicators, created_at) VALUES ('" + BROWSER_DESIGN
                    + "', 'Browser test design', 'Helsinki and Tampere against Espoo, Lahti and Vaasa',"
                    + " '2020-03-01', '2022-12-01', 'UNEMPLOYED_SHARE', UTC_TIMESTAMP(6))");
            if (added == 0) {
                return;
            }
            sql.executeUpdate("INSERT INTO eva_design_unit (design_id, municipality_code, arm, area_key, treated_from)"
                    + " SELECT d.id, u.code, u.arm, u.area, u.start FROM eva_design d, ("
                    + " SELECT '091' code, 'TREATED' arm, 'helsinki' area, DATE '2021-03-01' start"
                    + " UNION ALL SELECT '837', 'TREATED', 'pirkanmaa', DATE '2021-03-01'"
                    + " UNION ALL SELECT '049', 'COMPARISON', NULL, NULL"
                    + " UNION ALL SELECT '398', 'COMPARISON', NULL, NULL"
                    + " UNION ALL SELECT '905', 'COMPARISON', NULL, NULL) u"
                    + " WHERE d.design_key = '" + BROWSER_DESIGN + "'");
        }
    }

    /** Chooses a design on the evaluation page, which redraws the form with its outcomes and period. */
    private void chooseDesign(String key) {
        Select design = new Select(browser.findElement(By.id("estimate:design")));
        if (!key.equals(design.getFirstSelectedOption().getAttribute("value"))) {
            WebElement before = browser.findElement(By.id("estimate"));
            design.selectByValue(key);
            wait.until(ExpectedConditions.stalenessOf(before));
        }
    }

    /** Asks for the estimate once more; true when the event study is on the page. */
    private static boolean estimated(org.openqa.selenium.WebDriver driver) {
        WebElement form = driver.findElement(By.id("estimate"));
        driver.findElement(By.id("estimate:go")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(form));
        return !driver.findElements(By.id("event-study")).isEmpty();
    }
}
