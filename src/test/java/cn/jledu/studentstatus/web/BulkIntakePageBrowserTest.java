package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.registration.BulkIntakeTestFiles;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A registrar signs in to Tasklist, uploads a list on the bulk intake page and reads the result in Chinese. */
@IntegrationTest
class BulkIntakePageBrowserTest {

    @LocalServerPort
    int port;

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void registrarUploadsAListAndSeesRegisteredCountAndBadRows() throws Exception {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
        Path file = Files.createTempFile("新生名单", ".xlsx");
        Files.write(file, BulkIntakeTestFiles.listWithOneBadRow(Demo.CITY_SCHOOL.majors().get(0), 150));
        ChromeDriver driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
            Browser.signIn(driver, port, Demo.user(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR), Demo.PASSWORD);

            driver.get("http://localhost:" + port + "/registration/upload.html");
            wait.until(d -> !d.findElement(By.id("year")).getAttribute("value").isEmpty());
            assertThat(driver.findElement(By.id("year")).getAttribute("value")).isEqualTo("2026");
            driver.findElement(By.id("file")).sendKeys(file.toString());
            driver.findElement(By.id("upload")).click();
            wait.until(d -> d.findElement(By.id("result")).getText().contains("已登记"));
            Browser.screenshot(driver, "bulk-intake-result-zh");
            String result = driver.findElement(By.id("result")).getText();
            assertThat(result).contains("已登记 150 名新生", "1 处问题", "R-REG-2", "校验位");
            assertThat(driver.findElement(By.id("phase")).getText()).isEqualTo("完成");
        } finally {
            driver.quit();
            Files.deleteIfExists(file);
        }
    }
}
