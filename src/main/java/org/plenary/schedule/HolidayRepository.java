package org.plenary.schedule;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {

}
