package org.interlocutor.demo;

import java.util.List;
import java.util.Map;
import org.interlocutor.country.RegionalGroup;

/**
 * Given and family names by UN regional group, combined at random: plausible people who do not exist. Emails use
 * the reserved {@code .example} domains (RFC 2606) and phones a fictional range, so nothing reaches anyone real.
 */
final class NamePools {

    private NamePools() {
    }

    static final Map<RegionalGroup, List<String>> GIVEN = Map.of(
            RegionalGroup.AFRICAN, List.of("Amina", "Kwame", "Fatou", "Chinedu", "Aïssatou", "Tendai", "Nomvula",
                    "Abebe", "Mariam", "Ousmane", "Zainab", "Kofi", "Thandiwe", "Moussa", "Ngozi", "Jean-Baptiste",
                    "Adjoa", "Ibrahima", "Wanjiru", "Hamza"),
            RegionalGroup.ASIA_PACIFIC, List.of("Aiko", "Ravi", "Mei", "Farid", "Siti", "Hiroshi", "Priya", "Tran",
                    "Leilani", "Omar", "Ji-woo", "Arjun", "Nurul", "Kenji", "Layla", "Sione", "Anh", "Yusuf", "Mahsa",
                    "Bilal"),
            RegionalGroup.EASTERN_EUROPEAN, List.of("Olena", "Andrei", "Katarzyna", "Dmytro", "Ivana", "Tomáš",
                    "Milica", "Jānis", "Agnieszka", "Nikola", "Irina", "Mihai", "Eszter", "Levan", "Petra", "Bogdan",
                    "Ana", "Vuk", "Lina", "Marek"),
            RegionalGroup.LATIN_AMERICAN_CARIBBEAN, List.of("María José", "Diego", "Valentina", "João", "Camila",
                    "Andrés", "Luisa", "Mateo", "Ximena", "Rafael", "Daniela", "Santiago", "Renée", "Joaquín",
                    "Beatriz", "Tomás", "Gabriela", "Esteban", "Marisol", "Héctor"),
            RegionalGroup.WESTERN_EUROPEAN_OTHERS, List.of("Sophie", "Lukas", "Chloé", "Pieter", "Ingrid", "Matteo",
                    "Élodie", "James", "Sanne", "Håkon", "Margarida", "Niamh", "François", "Greta", "Oliver", "Inés",
                    "Henrik", "Claire", "Benoît", "Astrid"));

    static final Map<RegionalGroup, List<String>> FAMILY = Map.of(
            RegionalGroup.AFRICAN, List.of("Diallo", "Mensah", "Okonkwo", "Ndiaye", "Banda", "Mwangi", "Traoré",
                    "Haile", "Dlamini", "Kamara", "Osei", "Nkurunziza", "Sow", "Moyo", "Abdi", "Koné", "Achieng",
                    "Mbeki", "Touré", "Adeyemi"),
            RegionalGroup.ASIA_PACIFIC, List.of("Tanaka", "Sharma", "Nguyen", "Rahimi", "Wijaya", "Kim", "Haddad",
                    "Fonoti", "Sato", "Iqbal", "Rahman", "Lee", "Chowdhury", "Tuilagi", "Pham", "Al-Masri", "Karimi",
                    "Santos", "Park", "Nakamura"),
            RegionalGroup.EASTERN_EUROPEAN, List.of("Kovalenko", "Popescu", "Nowak", "Horvat", "Novák", "Petrović",
                    "Bērziņš", "Kowalska", "Georgiev", "Ivanova", "Szabó", "Beridze", "Melnyk", "Dvořák", "Jovanović",
                    "Kask", "Marin", "Zielińska", "Babić", "Lazăr"),
            RegionalGroup.LATIN_AMERICAN_CARIBBEAN, List.of("García", "Silva", "Rodríguez", "Pereira", "López",
                    "Fernández", "Mendoza", "Castillo", "Oliveira", "Ramírez", "Torres", "Vargas", "Baptiste",
                    "Gómez", "Rojas", "Núñez", "Herrera", "Da Costa", "Jiménez", "Morales"),
            RegionalGroup.WESTERN_EUROPEAN_OTHERS, List.of("Martin", "Müller", "Dubois", "de Vries", "Johansson",
                    "Rossi", "Lefèvre", "Smith", "Jansen", "Hansen", "Ferreira", "O’Brien", "Lambert", "Schmidt",
                    "Brown", "Moreau", "Nielsen", "Van den Berg", "Leroy", "Andersson"));

    static final List<String> TAGS = List.of("ASP25", "field presence", "outreach", "francophone",
            "rights of the child", "IER follow-up", "completion strategy", "victims", "cooperation", "budget",
            "complementarity", "arrest warrants", "side event", "gender", "witness protection");

    static final List<String> NGO_THEMES = List.of("Justice", "Accountability", "Human Rights", "Victims’ Rights",
            "International Law", "Transitional Justice", "Peace and Justice", "Children’s Rights");
}
