package org.huigui.aftercare;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AftercareProperties.class)
class AftercareConfiguration {

}
