package dev.camelokta.examples.springboot;

import org.apache.camel.ProducerTemplate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs the provisioning once, as the last step of the start; the application stops when it returns. */
@Component
public class ProvisionAtStartup implements ApplicationRunner {

    private final ProducerTemplate template;

    public ProvisionAtStartup(ProducerTemplate template) {
        this.template = template;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        template.sendBody(ProvisioningRoutes.PROVISION_USERS, null);
    }
}
