package vn.chidoan.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Chi Đoàn Số: every module's beans are found by scanning {@code vn.chidoan}. */
@SpringBootApplication(scanBasePackages = "vn.chidoan")
@ConfigurationPropertiesScan("vn.chidoan")
public class ChidoanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChidoanApplication.class, args);
    }
}
