package io.cxpulse.jobs.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Company, person, store and agent names for the sample population. */
final class Names {

    static final List<String> COMPANIES = List.of(
            "Negev Logistics Ltd", "Orbit Dental Clinics", "Carmel Software House", "Kinneret Hotels",
            "Ayalon Insurance Agency", "Sharon Law Offices", "Arava Solar Systems", "Yarkon Design Studio",
            "Hermon Construction", "Eilat Dive Center", "Tavor Accounting", "Modiin Tech Park",
            "Shfela Food Distributors", "Golan Wineries", "Jaffa Port Cafes", "Zion Print Works",
            "Hadar Pharmacy Group", "Kfar Saba Motors", "Rehovot Biolabs", "Ashkelon Marine Supply",
            "Ramon Travel", "Beit Shean Farms", "Herzliya Capital Partners", "Ono Academic Services",
            "Givatayim Fitness", "Petah Tikva Plastics", "Nazareth Textile", "Akko Seafood Market",
            "Holon Kids Centers", "Bnei Brak Electronics", "Yokneam Chip Design", "Ariel Steel Works",
            "Dimona Cleaning Services", "Netanya Beach Resorts", "Kiryat Gat Packaging", "Raanana Dental Care",
            "Lod Freight Forwarders", "Bat Yam Bakeries", "Tiberias Tours", "Sderot Security Systems",
            "Afula Medical Imaging", "Karmiel Furniture", "Rosh Pina Boutique Hotels", "Mitzpe Data Center",
            "Ofakim Auto Parts", "Hadera Energy", "Yavne Home Appliances", "Zichron Olive Press",
            "Caesarea Golf Club", "Savyon Architects", "Ganei Tikva Gardens", "Arad Minerals",
            "Maalot Precision", "Ness Ziona Optics", "Kiryat Shmona Dairy", "Omer Pediatrics",
            "Metula Apple Growers", "Even Yehuda Logistics", "Shoham Vet Clinics", "Neve Ilan Studios");
    static final List<String> PLACES = List.of(
            "Haifa", "Galil", "Negev", "Sharon", "Carmel", "Ayalon", "Gilboa", "Yizrael", "Shomron", "Arava");
    static final List<String> TRADES = List.of(
            "Catering", "Realty", "Optometry", "Event Halls", "Car Rental", "Language School", "Printing",
            "Plumbing", "Veterinary", "Cosmetics", "IT Services", "Marble Works");

    static final List<String> FIRST = List.of(
            "Noa", "Yossi", "Tamar", "Avi", "Michal", "Omer", "Shira", "Itai", "Maya", "Eyal",
            "Yael", "Daniel", "Roni", "Lior", "Hila", "Amit", "Dana", "Moshe", "Rivka", "Ahmad",
            "Lina", "Samir", "Olga", "Dmitri", "Sarah", "David", "Nir", "Gal", "Tal", "Keren");
    static final List<String> LAST = List.of(
            "Levi", "Cohen", "Mizrahi", "Peretz", "Biton", "Dahan", "Avraham", "Friedman", "Azulay",
            "Katz", "Shapiro", "Ben-David", "Haddad", "Khoury", "Nasser", "Ivanov", "Goldberg", "Malka");

    static final List<String> REGIONS = List.of("north", "center", "south", "jerusalem");

    static final Map<String, List<String>> STORES = Map.of(
            "north", List.of("haifa-grand-canyon", "karmiel-lev", "nazareth-big"),
            "center", List.of("tel-aviv-azrieli", "ramat-gan-ayalon", "petah-tikva-ofer", "netanya-poleg"),
            "south", List.of("beer-sheva-big", "ashdod-star", "eilat-ice-mall"),
            "jerusalem", List.of("jerusalem-malha", "jerusalem-hadar", "modiin-azrieli"));

    private Names() {}

    /** A company name not in {@code used}: from the list first, then place and trade combinations. */
    static String company(Random rng, Set<String> used) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String name = attempt < 20
                    ? PhraseBook.pick(COMPANIES, rng)
                    : PhraseBook.pick(PLACES, rng) + " " + PhraseBook.pick(TRADES, rng);
            if (used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("out of company names");
    }

    static String person(Random rng) {
        return PhraseBook.pick(FIRST, rng) + " " + PhraseBook.pick(LAST, rng);
    }

    static String store(String region, Random rng) {
        return PhraseBook.pick(STORES.get(region), rng);
    }

    /** Call center and chat agents, e.g. {@code agent-117}. */
    static String agent(Random rng) {
        return String.format("agent-%03d", 101 + rng.nextInt(40));
    }
}
