package cn.jledu.studentstatus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: the student-status workflow system on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StudentStatusApplication {

    public static void main(String[] args) {
        SpringApplication.run(StudentStatusApplication.class, args);
    }
}
