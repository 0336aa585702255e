package org.interlocutor.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
        picker.setI18n(i18n(picker, locale));
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** The same for the date half of a date and time picker; its time half follows the locale by itself. */
    public static DateTimePicker localized(DateTimePicker picker) {
        Locale locale = picker.getLocale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(picker, locale));
        return picker;
    }

    private static DatePicker.DatePickerI18n i18n(Component translator, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(translator.getTranslation("date.today"))
                .setCancel(translator.getTranslation("action.cancel"))
                .setBadInputErrorMessage(translator.getTranslation("error.bad-date",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale)
                                .format(LocalDate.of(2002, 7, 1))));
    }
}
