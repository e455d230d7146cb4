package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.ruralwater.core.works.WorksId;

/**
 * A named responsible person of a works, with the phone published on the works' board.
 *
 * @param post the person's office, such as 镇长 or 水务站站长
 */
public record ResponsiblePerson(WorksId works, Role role, String name, String post, Optional<String> phone) {

    public ResponsiblePerson {
        requireNonNull(works, "works");
        requireNonNull(role, "role");
        requireNonNull(name, "name");
        requireNonNull(post, "post");
        requireNonNull(phone, "phone");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the " + role + " person of works " + works + " has a blank name");
        }
    }
}
