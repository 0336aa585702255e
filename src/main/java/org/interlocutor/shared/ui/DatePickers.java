package org.interlocutor.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers that speak the person's language: typed and shown in their date format, with month and day names,
 * the first day of the week and the buttons' texts of their locale (the component's own texts are English).
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker localized(DatePicker picker) {
        Locale locale = picker.getLocale();
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("date.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("error.bad-date",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale)
                                .format(LocalDate.of(2002, 7, 1)))));
        picker.setClearButtonVisible(true);
        return picker;
    }
}
