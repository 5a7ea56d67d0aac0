package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** Ethnic group, in the census-style groups used in children's social care returns, plus "not known". */
public enum IncidentEthnicity implements Labelled {
    ASIAN_BANGLADESHI("Asian or Asian British: Bangladeshi"),
    ASIAN_CHINESE("Asian or Asian British: Chinese"),
    ASIAN_INDIAN("Asian or Asian British: Indian"),
    ASIAN_PAKISTANI("Asian or Asian British: Pakistani"),
    ASIAN_OTHER("Asian or Asian British: any other Asian background"),
    BLACK_AFRICAN("Black, Black British, Caribbean or African: African"),
    BLACK_CARIBBEAN("Black, Black British, Caribbean or African: Caribbean"),
    BLACK_OTHER("Black, Black British, Caribbean or African: any other Black background"),
    MIXED_WHITE_ASIAN("Mixed or multiple ethnic groups: White and Asian"),
    MIXED_WHITE_BLACK_AFRICAN("Mixed or multiple ethnic groups: White and Black African"),
    MIXED_WHITE_BLACK_CARIBBEAN("Mixed or multiple ethnic groups: White and Black Caribbean"),
    MIXED_OTHER("Mixed or multiple ethnic groups: any other mixed background"),
    WHITE_BRITISH("White: English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH("White: Irish"),
    WHITE_GYPSY_TRAVELLER("White: Gypsy or Irish Traveller"),
    WHITE_ROMA("White: Roma"),
    WHITE_OTHER("White: any other White background"),
    OTHER_ARAB("Other ethnic group: Arab"),
    OTHER_ANY("Other ethnic group: any other ethnic group"),
    NOT_KNOWN("Not known");

    private final String label;

    IncidentEthnicity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
