package io.powermap.io.generate;

/** Fixed word lists for names, titles and free text. Order matters: it is part of the deterministic output. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** The first {@link #ASCII_FIRST} entries are plain ASCII (used for staff e-mail addresses). */
    static final String[] FIRST = {
        "Anna", "Li", "Wei", "Olga", "Ivan", "Maria", "James", "Fatima", "Ahmed", "Priya", "Raj", "Chen",
        "Yuki", "Kenji", "Sofia", "Lucas", "Emma", "Noah", "Elena", "Dmitri", "Aisha", "Omar", "Grace",
        "Daniel", "Mei", "Jun", "Sara", "David", "Laura", "Pedro", "Ana", "Hugo", "Ingrid", "Lars", "Nadia",
        "Sergei", "Tomasz", "Agnieszka", "Kwame", "Amara", "Hiroshi", "Leila", "Marco", "Giulia", "Pierre",
        "Claire", "Hannah", "Felix", "Minjun", "Jiwoo", "Arjun", "Deepa", "Tariq", "Zainab", "Mateo",
        "Valentina", "Erik", "Astrid", "Xiaoling", "Haruto", "Anya", "Viktor", "Chloe", "Samuel",
        "Zo\u00eb", "S\u00f8ren", "Jos\u00e9", "Bj\u00f6rn", "\u00d6mer", "\u0141ukasz", "Ren\u00e9e", "Fran\u00e7oise"};
    static final int ASCII_FIRST = asciiPrefix(FIRST);

    static final String[] LAST = {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Ivanov", "Petrova", "Smirnov", "Kuznetsova", "Smith", "Johnson",
        "Berg", "Larsen", "Nielsen", "Garcia", "Martinez", "Rossi", "Bianchi", "Dubois", "Martin", "Schmidt",
        "Kowalski", "Nowak", "Tanaka", "Sato", "Suzuki", "Kim", "Park", "Lee", "Patel", "Sharma", "Singh",
        "Khan", "Hassan", "Ali", "Okafor", "Mensah", "Silva", "Santos", "Costa", "Novak", "Horvat", "Popescu",
        "Yilmaz", "Demir", "O'Brien", "Murphy", "Andersson", "Johansson", "Virtanen", "Korhonen", "Haddad",
        "Nasser", "Mwangi", "Otieno", "Fischer",
        "M\u00fcller", "S\u00f8rensen", "N\u00fa\u00f1ez", "\u00c7elik", "Dvo\u0159\u00e1k", "W\u00f3jcik"};
    static final int ASCII_LAST = asciiPrefix(LAST);

    static final String[] BRANDS = {
        "Orion", "Aurora", "Meridian", "Kestrel", "Solstice", "Borealis", "Vantage", "Halcyon", "Cobalt",
        "Polaris", "Sirocco", "Tamarind"};

    static final String[] COMPANY_SUFFIX = {
        "Mobile", "Fixed Networks", "Enterprise Solutions", "Wholesale", "Towers", "Digital", "Broadband",
        "International", "Cloud", "Retail", "Satellite", "Data Centers"};

    /** Index 0 and 1 are forced into the main operating company (the bid and technical committee chairs come from them). */
    static final String[] FUNCTIONS = {
        "Procurement", "Network Technology", "Radio Access Network", "Core Network", "Transmission",
        "IT & Digital", "Network Operations", "Finance", "Human Resources", "Legal & Compliance", "Marketing",
        "Sales", "Customer Service", "Strategy", "Security", "Enterprise Business", "Consumer Business",
        "Wholesale", "Regulatory Affairs", "Energy & Facilities", "Data Centers", "Billing & Revenue Assurance",
        "Products & Innovation", "Supply Chain"};

    static final String[] AREAS = {
        "Planning", "Operations", "Engineering", "Delivery", "Quality", "Optimisation", "Design", "Support",
        "Programmes", "Analytics", "Projects", "Assurance", "Architecture"};

    static final String[] REGIONS = {
        "North", "South", "East", "West", "Central", "Metro", "Coastal", "Highlands", "Capital", "Lakes",
        "Valley", "Islands", "Border"};

    static final String[] TEAMS = {
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo",
        "Lima", "Mike"};

    static final String[] EXEC_TITLES = {
        "Chief Executive Officer", "Chief Technology Officer", "Chief Financial Officer",
        "Chief Procurement Officer", "Chief Operating Officer", "Chief Marketing Officer",
        "Chief Information Officer", "Chief Strategy Officer"};

    static final String[] BOARD_TITLES = {
        "Non-executive Director", "Independent Director", "Board Member (state shareholder)",
        "Board Member (employee representative)", "Board Member (pension fund)"};

    static final String[] STAFF_TITLES = {
        "Engineer", "Senior Engineer", "Specialist", "Analyst", "Senior Analyst", "Planner", "Coordinator",
        "Consultant", "Architect", "Technician", "Officer", "Expert", "Project Manager", "Chief Engineer"};

    static final String[] REGULATOR_TITLES = {
        "Commissioner", "Director, Spectrum Policy", "Head of Market Oversight", "Senior Policy Officer",
        "Technical Advisor"};

    static final String REGULATOR_NAME = "National Communications Authority";
    static final String OUTSIDE_NAME = "Outside circle (informal contacts)";

    /** Outsider archetypes: title, note, index of the target (see AccountPlan.outsiderTarget), influence kind. */
    static final String[][] OUTSIDERS = {
        {"Independent advisor", "Former CTO, retired; still advises the chairman", "ADVICE"},
        {"Relative of the CEO", "Brother-in-law of the CEO", "FAMILY"},
        {"Former classmate of the CTO", "Studied with the CTO; they meet every month", "ALUMNI"},
        {"Former colleague of the CFO", "Worked with the CFO at the previous employer", "EX_COLLEAGUE"},
        {"Friend of the CFO", "Golf partner of the CFO", "FRIEND"},
        {"Consultant to the bid committee", "Writes the technical scoring model for the bid committee", "ADVICE"},
        {"Ministry official", "Sits on the digital-infrastructure task force", "POLITICAL"},
        {"Professor, National Telecom University", "Supervised half of the technical committee", "ALUMNI"}};

    static final String[] STAFF_ROLES = {
        "Account Director", "Chief Executive Officer", "VP Sales", "Key Account Manager", "Solution Architect",
        "Delivery Director", "Pre-sales Engineer", "Service Manager", "Chief Technology Officer",
        "Regional VP", "Account Manager", "Solution Consultant", "Program Manager", "Sales Engineer"};
    static final String[] STAFF_ROLE_RANKS = {
        "DIRECTOR", "C_LEVEL", "VP", "MANAGER", "STAFF", "DIRECTOR", "STAFF", "MANAGER", "C_LEVEL", "VP",
        "MANAGER", "STAFF", "MANAGER", "STAFF"};

    static final String[] COMPETITORS = {
        "Nordwave Networks", "Kestrel Systems", "Sunmesh Technologies", "Borealis Radio",
        "Meridian Telecom Systems", "Arcfield Communications", "Tessaline Networks", "Quantis Mobile"};

    static final String[] NEEDS_PROFESSIONAL = {
        "5G coverage targets met on time", "Capex per site below budget", "Lower energy cost per site",
        "Network availability above 99.99%", "Faster time to market for enterprise services",
        "Successful cloud-core migration", "Clean audit of the tender process", "Less vendor lock-in",
        "Annual OPEX savings KPI", "Smooth regulatory approval", "Fewer customer complaints",
        "A credible AI roadmap for the board"};

    static final String[] NEEDS_PERSONAL = {
        "Recognition by the board", "Promotion to group level", "Work-life balance",
        "Visibility at industry events", "Learning new technology", "Being seen as a reformer",
        "A safe career path", "Respect from the engineering teams"};

    static final String[] CRITERIA = {
        "RELATIONSHIP", "ECONOMY", "TIME", "IMAGE", "QUALITY", "GUIDANCE", "CUSTOMER_GROUP", "POLITICS"};
    static final String[] CRITERIA_NOTES = {
        "Trusts vendors who stayed through the last outage", "Total cost of ownership over 7 years",
        "Rollout must finish before the spectrum deadline", "Wants a showcase for the annual report",
        "Field failure rate below 0.5%", "Values our architecture workshops",
        "Follows what the group headquarters prefers", "Sensitive to the regulator's view on local suppliers"};

    static final String[] STANCE_NOTES = {
        "after the outage review", "after the QBR", "after the pilot results", "after the executive dinner",
        "after the pricing discussion", "new in the role"};

    static final String[] TIE_SOURCES = {
        "account team observation", "told by our coach", "public record", "industry event",
        "LinkedIn history", "dinner conversation"};

    static final String[] OPPORTUNITIES = {
        "5G RAN swap", "Core network cloudification", "Fibre backhaul expansion", "Energy-efficient site upgrade",
        "Managed services renewal", "Private 5G for ports", "OSS/BSS modernisation", "Microwave transport refresh",
        "Data center interconnect", "Rural coverage programme", "Security operations center", "IoT platform"};

    static final String[] INTERACTION_SUMMARIES = {
        "Quarterly business review", "Technical workshop on energy saving", "Dinner after the industry forum",
        "Call about the RFQ timeline", "Follow-up on the pilot results", "Executive briefing",
        "Tender clarifications", "Steering meeting", "Lunch with the procurement team",
        "Visit to our reference site", "Roadmap presentation"};

    static final String[] ACTION_KINDS = {
        "WORKSHOP", "SITE_VISIT", "TRAINING", "JOINT_PAPER", "EVENT", "MEETING", "HOSPITALITY", "OTHER"};
    static final String[] ACTION_TITLES = {
        "Energy-saving workshop", "Reference site visit", "Cloud-core training for engineers",
        "Joint paper on open RAN", "Customer innovation day", "Roadmap alignment meeting",
        "Business dinner after the forum (approved)", "Benchmark study"};

    static final String[] VISIT_OBJECTIVES = {
        "Win the CEO's sponsorship", "Align with the CTO on the technology roadmap",
        "Answer the CFO's total-cost concerns", "Meet the bid committee chair before the evaluation",
        "Repair the relationship after the outage", "Present the managed-services offer to the board"};

    /** Number of leading entries made only of ASCII letters, apostrophes and spaces. */
    static int asciiPrefix(String[] words) {
        int i = 0;
        while (i < words.length && words[i].chars().allMatch(c -> c < 128)) {
            i++;
        }
        return i;
    }
}
