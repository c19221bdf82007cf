package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

/** A member of a correction group (矫正小组) as the office names them: role, name, and whether a woman. */
@NamedInterface("api")
public record NewGroupMember(String role, String name, boolean female) {
}
