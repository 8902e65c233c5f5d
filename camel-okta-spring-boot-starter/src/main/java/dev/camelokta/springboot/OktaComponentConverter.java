package dev.camelokta.springboot;

import java.util.Set;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets {@code camel.component.okta.http-client} name a bean of the application, as {@code #bean:name} or
 * {@code #name}, the way Camel's own starters reference beans from properties.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class OktaComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public OktaComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, CloseableHttpClient.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("camel.component.okta.http-client takes a reference to a bean, "
                                               + "e.g. #bean:oktaHttpClient, not '" + reference + "'");
        }
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
