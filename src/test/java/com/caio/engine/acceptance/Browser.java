package com.caio.engine.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through its chromedriver at fixed paths (Selenium
 * Manager cannot download here; {@code .ci/ensure-browser} installs both before the
 * tests). One browser for the whole run, started on first use; each scenario starts with
 * no cookies. Screenshots go to {@code target/screenshots/}, at 1280 px and 768 px.
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static ChromeDriver driver;

	private Browser() {
	}

	static synchronized WebDriver driver() {
		if (driver == null) {
			if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
				throw new IllegalStateException("the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
						+ "; run .ci/ensure-browser (the build does) or apt-get install chromium chromium-driver");
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit));
		}
		return driver;
	}

	static synchronized void quit() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	static WebElement find(By by) {
		return until(d -> d.findElement(by));
	}

	static <T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver(), Duration.ofSeconds(60)).until(condition::apply);
	}

	/**
	 * Sets a field's value as a date picker would (typing dates depends on the locale).
	 */
	static void setValue(WebElement element, String value) {
		((JavascriptExecutor) driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", element, value);
	}

	/**
	 * The whole page at 1280 px and at tablet width (768 px), as {@code name-1280.png}.
	 */
	static void screenshot(String name) {
		for (int width : new int[] { 1280, 768 }) {
			shoot(name, width);
		}
		driver().manage().window().setSize(new Dimension(1280, 900));
	}

	private static void shoot(String name, int width) {
		WebDriver d = driver();
		d.manage().window().setSize(new Dimension(width, 900));
		Number height = (Number) ((JavascriptExecutor) d).executeScript("return document.documentElement.scrollHeight");
		d.manage().window().setSize(new Dimension(width, Math.min(Math.max(height.intValue(), 600), 6000)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = ((ChromeDriver) d).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
