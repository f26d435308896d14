package uk.gov.middlesbrough.tracker.pack;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {
}
