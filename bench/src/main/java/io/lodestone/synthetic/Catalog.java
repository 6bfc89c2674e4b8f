package io.lodestone.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed part of a synthetic world: real countries, blocs, minerals and technologies. */
final class Catalog {

    static final int COUNTRIES = 250;

    /** ISO 3166-1 alpha-2 codes and names; the rest of the 250 countries get generated codes. */
    static final Map<String, String> REAL_COUNTRIES = countries(
            "VN", "Vietnam", "CN", "China", "US", "United States", "DE", "Germany", "NL", "Netherlands",
            "FR", "France", "JP", "Japan", "KR", "South Korea", "AU", "Australia", "CA", "Canada",
            "BR", "Brazil", "IN", "India", "ID", "Indonesia", "RU", "Russia", "ZA", "South Africa",
            "CD", "DR Congo", "CL", "Chile", "AR", "Argentina", "BO", "Bolivia", "PE", "Peru",
            "MX", "Mexico", "GB", "United Kingdom", "IT", "Italy", "ES", "Spain", "PL", "Poland",
            "SE", "Sweden", "FI", "Finland", "NO", "Norway", "BE", "Belgium", "AT", "Austria",
            "CZ", "Czechia", "PT", "Portugal", "GR", "Greece", "RO", "Romania", "HU", "Hungary",
            "IE", "Ireland", "DK", "Denmark", "TW", "Taiwan", "MY", "Malaysia", "TH", "Thailand",
            "PH", "Philippines", "SG", "Singapore", "KZ", "Kazakhstan", "MN", "Mongolia", "TR", "Turkey",
            "SA", "Saudi Arabia", "AE", "United Arab Emirates", "IL", "Israel", "EG", "Egypt", "MA", "Morocco",
            "NG", "Nigeria", "GH", "Ghana", "ZM", "Zambia", "ZW", "Zimbabwe", "MZ", "Mozambique",
            "MG", "Madagascar", "TZ", "Tanzania", "GN", "Guinea", "NZ", "New Zealand", "UA", "Ukraine",
            "RW", "Rwanda", "KE", "Kenya", "MM", "Myanmar", "LA", "Laos", "KH", "Cambodia",
            "PK", "Pakistan", "BD", "Bangladesh", "NA", "Namibia", "BW", "Botswana", "CO", "Colombia",
            "EC", "Ecuador", "GA", "Gabon", "ET", "Ethiopia", "UZ", "Uzbekistan", "QA", "Qatar");

    /** Bloc keys (the EU keeps its upper-case code) and names. */
    static final Map<String, String> BLOCS = countries(
            "EU", "European Union", "asean", "ASEAN", "mercosur", "Mercosur", "african-union", "African Union",
            "g7", "G7", "brics", "BRICS", "quad", "Quad", "eaeu", "Eurasian Economic Union");

    static final List<String> MINERALS = List.of(
            "lithium", "cobalt", "nickel", "graphite", "manganese", "copper", "aluminium", "bauxite", "gallium",
            "germanium", "indium", "tungsten", "tin", "tantalum", "niobium", "antimony", "bismuth", "beryllium",
            "magnesium", "titanium", "vanadium", "chromium", "zinc", "lead", "molybdenum", "platinum", "palladium",
            "rhodium", "iridium", "ruthenium", "silver", "gold", "silicon", "phosphate-rock", "fluorspar", "barite",
            "borates", "helium", "hafnium", "zirconium", "scandium", "strontium", "tellurium", "selenium",
            "cadmium", "arsenic", "rare-earths", "neodymium", "praseodymium", "dysprosium", "terbium", "lanthanum",
            "cerium", "yttrium", "samarium", "europium", "gadolinium", "feldspar", "coking-coal", "uranium");

    static final List<String> TECHNOLOGIES = List.of(
            "semiconductors", "5g", "lithium-ion-batteries", "solar-pv", "wind-turbines", "permanent-magnets",
            "electric-vehicles", "chip-packaging-testing-assembly", "lithography-equipment", "fibre-optics",
            "data-centres", "satellites", "fuel-cells", "electrolysers", "power-electronics", "display-panels",
            "memory-chips", "ai-accelerators", "radar", "drones");

    static final List<String> SECTORS = List.of("mining", "metals", "refining", "semiconductors",
            "semiconductor equipment", "telecommunications", "automotive", "battery technology", "trading",
            "conglomerate", "energy", "chemicals");

    static final List<String> FACILITY_TYPES = List.of("mine", "refinery", "plant", "fab", "assembly-test",
            "smelter", "deposit");

    static final List<String> AGREEMENT_TYPES = List.of("fta", "investment-agreement", "joint-statement",
            "partnership", "mou", "framework-agreement");

    static final List<String> PUBLISHERS = List.of("Reuters", "Bloomberg", "USGS", "European Commission",
            "Financial Times", "Nikkei Asia", "Mining Weekly", "OECD", "World Bank", "IEA", "Fastmarkets",
            "S&P Global");

    private Catalog() {
    }

    private static Map<String, String> countries(String... keysAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndNames.length; i += 2) {
            map.put(keysAndNames[i], keysAndNames[i + 1]);
        }
        return map;
    }
}
