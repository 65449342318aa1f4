package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.geboortezorg.werkplaats.common.DutchTime;

/** Dates and times as people in the Netherlands read them, in Dutch time. */
public final class DutchFormats {

    private DutchFormats() {}

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss", locale).format(instant.atZone(DutchTime.ZONE));
    }

    /** A Dutch local date and time, such as 23-11-2026 13:00. */
    public static String dateTime(LocalDateTime dutchTime) {
        return DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(dutchTime);
    }

    /** A moment in Dutch time, such as 23-11-2026 13:00. */
    public static String dateTime(Instant moment) {
        return dateTime(DutchTime.dutch(moment));
    }

    /** The Dutch time of day of a moment, such as 13:02:11. */
    public static String time(Instant moment) {
        return time(DutchTime.dutch(moment));
    }

    /** The Dutch hour and minute of a moment, such as 13:02. */
    public static String hourAndMinute(Instant moment) {
        return DateTimeFormatter.ofPattern("HH:mm").format(DutchTime.dutch(moment));
    }

    /** The Dutch date of a moment, such as 23-11-2026. */
    public static String date(Instant moment) {
        return date(DutchTime.date(moment));
    }

    /** A date such as 23-11-2026. */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d-M-yyyy").format(date);
    }

    /** A Dutch local time of day, such as 13:02:11. */
    public static String time(LocalDateTime dutchTime) {
        return DateTimeFormatter.ofPattern("HH:mm:ss").format(dutchTime);
    }

    /** Month and day names in the locale's language, weeks from Monday, dates as 23-11-2026. */
    public static DatePicker.DatePickerI18n datePicker(Component component, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(component.getTranslation("date-picker.today"));
        i18n.setCancel(component.getTranslation("action.cancel"));
        i18n.setDateFormat("d-M-yyyy");
        return i18n;
    }
}
