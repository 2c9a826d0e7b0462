package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Accessibility;
import fi.kuntakokeilu.web.it.support.Browser;
import fi.kuntakokeilu.web.it.support.RunningServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));

        new Select(browser.findElement(By.id("language"))).selectByValue("sv");
        browser.findElement(By.id("change-language")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Försöksområden"));
        assertThat(browser.findElement(By.id("areas")).getText()).contains("Vanda–Kervo");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
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
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));

        assertThat(browser.findElements(By.id("nav-accounts"))).isEmpty();
        browser.get(RunningServer.uri("/admin/accounts.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ei käyttöoikeutta");
    }

    private void logIn(String user, String password) {
        browser.get(RunningServer.uri("/login.xhtml").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
    }
}
