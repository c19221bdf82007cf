package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record NewPerson(String name, Gender gender, String idNumber) {
}
