package org.interlocutor.demo;

import java.util.ArrayList;
import java.util.List;
import org.interlocutor.security.NewUser;
import org.interlocutor.security.PasswordGenerator;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.UserService;
import org.interlocutor.shared.Language;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo team: a manager, eight advocacy officers and a viewer, so that owners, grants and need-to-know can be
 * tried by signing in as them. Their shared password is generated and printed once; each must change it.
 */
@Component
class DemoStaff {

    static final String MANAGER = "demo.manager";
    static final String VIEWER = "demo.viewer";
    static final int OFFICERS = 8;

    private static final String[][] PEOPLE = {
            {MANAGER, "Helena Brandt", "MANAGER", "en"},
            {"demo.officer1", "Moussa Camara", "OFFICER", "fr"},
            {"demo.officer2", "Laura Jiménez", "OFFICER", "en"},
            {"demo.officer3", "Pieter Visser", "OFFICER", "en"},
            {"demo.officer4", "Awa Sissoko", "OFFICER", "fr"},
            {"demo.officer5", "Daniel Okafor", "OFFICER", "en"},
            {"demo.officer6", "Claire Fontaine", "OFFICER", "fr"},
            {"demo.officer7", "Sana Qureshi", "OFFICER", "en"},
            {"demo.officer8", "Tomás Ribeiro", "OFFICER", "en"},
            {VIEWER, "Ines Weber", "VIEWER", "en"}};

    private final UserService users;
    private final StaffDirectory staff;

    DemoStaff(UserService users, StaffDirectory staff) {
        this.users = users;
        this.staff = staff;
    }

    /** Creates the team members that do not exist yet; returns the password given to them, or null if none. */
    String ensure() {
        String password = null;
        for (String[] person : PEOPLE) {
            if (staff.findByUsername(person[0]).isEmpty()) {
                if (password == null) {
                    password = PasswordGenerator.generate();
                }
                users.create(new NewUser(person[0], person[1], person[0] + "@ngo.example", Role.valueOf(person[2]),
                        Language.fromTag(person[3]), password));
            }
        }
        return password;
    }

    /** The manager and officers, who own contacts. */
    List<StaffMember> owners() {
        List<StaffMember> owners = new ArrayList<>();
        staff.findByUsername(MANAGER).ifPresent(owners::add);
        owners.addAll(staff.search("demo.officer", PageRequest.of(0, OFFICERS)));
        return owners;
    }
}
