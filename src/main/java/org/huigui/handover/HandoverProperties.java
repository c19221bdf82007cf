package org.huigui.handover;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** 首月救助金: what a person released without income receives for the first month, in CNY. */
@ConfigurationProperties("huigui.handover")
record HandoverProperties(@DefaultValue("1340") BigDecimal firstMonthRelief) {

}
