package org.huigui.casefile;

public record NewPerson(String name, Gender gender, String idNumber) {
}
