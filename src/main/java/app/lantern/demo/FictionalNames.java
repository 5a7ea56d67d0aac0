package app.lantern.demo;

/** Invented names for demo people, picked deterministically so every demo start looks the same. */
final class FictionalNames {

    private static final String[] FIRST = {"Aled", "Bronwen", "Ciarán", "Dorota", "Ebony", "Farah", "Gethin", "Hollie",
            "Idris", "Jasmin", "Kamal", "Leona", "Marek", "Niamh", "Oluwaseun", "Priya", "Quentin", "Rhiannon", "Sandeep",
            "Tegan", "Umar", "Verity", "Wiktoria", "Xavier", "Yasmin", "Zofia", "Callum", "Mei", "Tomasz", "Siân"};
    private static final String[] LAST = {"Ashdown", "Brackley", "Carrow", "Dunmore", "Ellery", "Fairweather", "Gosling",
            "Hartley", "Ingram", "Jessop", "Kettering", "Lowther", "Marwood", "Nettleton", "O'Rourke", "Pemberton",
            "Quarrie", "Rowntree", "Saltonstall", "Thackeray", "Upshaw", "Venables", "Whitlock", "Yardley", "Zelinski",
            "Chen", "Okafor", "Nowak", "Bhatt", "Llewellyn"};

    private int next;

    /** @param start where in the sequence to begin, so two lists of people do not share names */
    FictionalNames(int start) {
        this.next = start;
    }

    /** 900 different names before any repeats. */
    String next() {
        int i = next++;
        return FIRST[(i * 7) % FIRST.length] + " " + LAST[(i * 11 + 3 + i / FIRST.length) % LAST.length];
    }
}
